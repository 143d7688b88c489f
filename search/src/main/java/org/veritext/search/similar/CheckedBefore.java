package org.veritext.search.similar;

import java.util.List;

/**
 * The answer to "checked before?": the earlier claims most like a text, best first, and what the user should be told
 * about the answer (e.g. that the index is being built, so that an empty list is not a false "no").
 *
 * @param notice empty when there is nothing to say
 */
public record CheckedBefore(List<SimilarClaim> claims, String notice) {

    public CheckedBefore {
        claims = List.copyOf(claims);
    }

    static CheckedBefore of(List<SimilarClaim> claims) {
        return new CheckedBefore(claims, "");
    }

    public boolean hasNotice() {
        return !notice.isEmpty();
    }
}
