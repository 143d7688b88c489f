package org.veritext.search.query;

import java.util.List;

/**
 * A page of search results, how many claims match in all, and what the user should know about how the search was
 * run: short sentences, one for each way the query was shortened or simplified, or the search cut short. Empty when
 * the query was searched as typed.
 */
public record ClaimHits(long total, List<ClaimHit> hits, List<String> notices) {

    public ClaimHits {
        hits = List.copyOf(hits);
        notices = List.copyOf(notices);
    }
}
