package org.veritext.search.query;

import java.util.List;

/** The best articles for a search, and how many match in all. */
public record ArticleHits(long total, List<ArticleHit> hits) {

    public ArticleHits {
        hits = List.copyOf(hits);
    }

    public static final ArticleHits NONE = new ArticleHits(0, List.of());
}
