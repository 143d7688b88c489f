package org.veritext.search.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.veritext.search.index.ClaimFields.Facet;

/**
 * One search as the search page asks it: the text in the {@link ClaimQueryParser search syntax}, the facet values
 * chosen (values of one facet are alternatives, facets narrow each other), the order, and the page.
 *
 * @param session the paging session of the first page ({@link ClaimHits#session()}), so that later pages come from
 *                the same point in time; null to start one
 */
public record SearchRequest(String text, Map<Facet, Set<String>> selected, Order order, int offset, int limit,
                            String session) {

    /** The order of the hits. An empty query is always listed newest first. */
    public enum Order {
        RELEVANCE, NEWEST, OLDEST
    }

    public SearchRequest {
        text = text == null ? "" : text;
        TreeMap<Facet, Set<String>> copy = new TreeMap<>();
        if (selected != null) {
            selected.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(new TreeSet<>(values)));
                }
            });
        }
        selected = Map.copyOf(copy);
        order = order == null ? Order.RELEVANCE : order;
    }

    public static SearchRequest of(String text, int offset, int limit) {
        return new SearchRequest(text, Map.of(), Order.RELEVANCE, offset, limit, null);
    }

    public SearchRequest page(int offset, int limit, String session) {
        return new SearchRequest(text, selected, order, offset, limit, session);
    }

    /** The chosen values of one facet, in order. */
    public List<String> selected(Facet facet) {
        return List.copyOf(new TreeSet<>(selected.getOrDefault(facet, Set.of())));
    }
}
