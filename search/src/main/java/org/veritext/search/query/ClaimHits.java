package org.veritext.search.query;

import java.util.List;

/** A page of search results, and how many claims match in all. */
public record ClaimHits(long total, List<ClaimHit> hits) {
}
