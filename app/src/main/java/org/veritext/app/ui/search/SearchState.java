package org.veritext.app.ui.search;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.veritext.search.index.ClaimFields.Facet;
import org.veritext.search.query.QueryText;
import org.veritext.search.query.SearchRequest;

/**
 * What the search page shows, as it travels in the address: {@code q} the query (only what is searched of it),
 * {@code sort} unless relevance, and one parameter per chosen facet value, named by its facet
 * ({@code verdict=FALSE&claimant=Volodymyr Zelenskyy}). Opening the address restores the page.
 */
record SearchState(String query, Map<Facet, Set<String>> selected, SearchRequest.Order order) {

    SearchState {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        selected.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        selected = Map.copyOf(copy);
        query = query == null ? "" : query;
        order = order == null ? SearchRequest.Order.RELEVANCE : order;
    }

    static SearchState empty() {
        return new SearchState("", Map.of(), SearchRequest.Order.RELEVANCE);
    }

    static SearchState from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        String query = values.getOrDefault("q", List.of("")).stream().findFirst().orElse("");
        SearchRequest.Order order = SearchRequest.Order.RELEVANCE;
        for (SearchRequest.Order each : SearchRequest.Order.values()) {
            if (each.name().equalsIgnoreCase(values.getOrDefault("sort", List.of("")).getFirst())) {
                order = each;
            }
        }
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> chosen = values.getOrDefault(facet.dimension(), List.of()).stream()
                    .filter(value -> !value.isBlank()).limit(20).toList();
            if (!chosen.isEmpty()) {
                selected.put(facet, new TreeSet<>(chosen));
            }
        }
        return new SearchState(query, selected, order);
    }

    QueryParameters toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String searched = QueryText.of(query).searched();
        if (!searched.isEmpty()) {
            parameters.put("q", List.of(searched));
        }
        if (order != SearchRequest.Order.RELEVANCE) {
            parameters.put("sort", List.of(order.name().toLowerCase(Locale.ROOT)));
        }
        for (Facet facet : Facet.values()) {
            Set<String> values = selected.get(facet);
            if (values != null) {
                parameters.put(facet.dimension(), new ArrayList<>(new TreeSet<>(values)));
            }
        }
        return new QueryParameters(parameters);
    }

    SearchState withQuery(String text) {
        return new SearchState(text, selected, order);
    }

    SearchState withOrder(SearchRequest.Order newOrder) {
        return new SearchState(query, selected, newOrder);
    }

    /** The state with {@code value} of {@code facet} chosen if it was not, and not if it was. */
    SearchState toggled(Facet facet, String value) {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        selected.forEach((f, values) -> copy.put(f, new TreeSet<>(values)));
        Set<String> values = copy.computeIfAbsent(facet, f -> new TreeSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return new SearchState(query, copy, order);
    }

    boolean isSelected(Facet facet, String value) {
        return selected.getOrDefault(facet, Set.of()).contains(value);
    }

    SearchRequest request(int offset, int limit, String session) {
        return new SearchRequest(query, selected, order, offset, limit, session);
    }
}
