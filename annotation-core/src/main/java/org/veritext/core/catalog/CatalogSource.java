package org.veritext.core.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.veritext.core.changes.SubjectType;

/**
 * Where the catalog reads entries of one kind: the actors, or the events. Implemented by their packages, so that
 * the catalog depends on neither. Reads check no user: what the catalog answers reaches users through services.
 */
public interface CatalogSource {

    EntryKind kind();

    /** The subject type of this kind's changes in the change log. */
    SubjectType subjectType();

    List<CatalogEntry> all();

    Optional<CatalogEntry> find(UUID id);
}
