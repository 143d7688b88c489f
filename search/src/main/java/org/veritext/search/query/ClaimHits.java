package org.veritext.search.query;

import java.util.List;

/**
 * A page of search results, how many claims match in all, and what the user should know about how the search was
 * run: short sentences, one for each way the query was shortened or simplified, or the search cut short. Empty when
 * the query was searched as typed.
 *
 * @param plainWords true if the query could not be read as written and was searched as plain words
 * @param facets     the facet counts of the whole result (on the first page only; empty on later pages)
 * @param session    the paging session to pass with the next pages; null if none could be kept
 */
public record ClaimHits(long total, List<ClaimHit> hits, List<String> notices, boolean plainWords,
                        List<FacetCounts> facets, String session) {

    public ClaimHits {
        hits = List.copyOf(hits);
        notices = List.copyOf(notices);
        facets = List.copyOf(facets);
    }

    public ClaimHits(long total, List<ClaimHit> hits, List<String> notices) {
        this(total, hits, notices, false, List.of(), null);
    }
}
