package org.veritext.search.query;

import java.util.List;
import org.veritext.search.index.ClaimFields.Facet;

/**
 * The values of one facet among the claims a search matches, most frequent first. Counts follow the query and the
 * other facets' selections, not this facet's own, so that a chosen value's alternatives keep their counts.
 */
public record FacetCounts(Facet facet, List<Value> values) {

    public FacetCounts {
        values = List.copyOf(values);
    }

    /**
     * One value, how many matching claims have it, and whether it is chosen. An {@code estimated} count was taken
     * on a sample of a very large result and scaled up (see {@code FacetedSearch}); others are exact.
     */
    public record Value(String value, long count, boolean selected, boolean estimated) {

        public Value(String value, long count, boolean selected) {
            this(value, count, selected, false);
        }
    }
}
