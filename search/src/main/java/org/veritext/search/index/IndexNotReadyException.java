package org.veritext.search.index;

import org.veritext.core.DomainException;

/**
 * There is no index to search yet: the first one is being built from the database. Said as such, so that nobody
 * takes an empty result for "nothing matches".
 */
public class IndexNotReadyException extends DomainException {

    IndexNotReadyException(ClaimIndex.RebuildProgress progress) {
        super(progress == null
                ? "The search index is being built. Search again in a moment."
                : "The search index is being built (%d %% done). Search again in a moment.".formatted(progress.percent()));
    }
}
