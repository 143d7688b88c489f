package org.veritext.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.veritext.search.index.ClaimFields;
import org.veritext.search.index.ClaimFields.Facet;

/**
 * One pass over the index for a page of hits, their exact total and, if asked, the facet counts. The counts are
 * drill-sideways: each facet is counted as if its own selection were not made (but all others were), so a chosen
 * verdict's alternatives keep their counts and the user can widen the choice. The query passed in already holds the
 * project filter, so every count is of visible claims only.
 */
final class FacetedSearch {

    /** The most values shown per facet; the chosen ones are always among them. */
    static final int VALUES_PER_FACET = 30;

    private final IndexSearcher searcher;
    private final IndexSearcher untimed;
    private final Optional<SortedSetDocValuesReaderState> state;

    /**
     * @param untimed a searcher without time limit on the same reader: Lucene's drill-sideways scorer cannot run in
     *                the time-limited windows of {@code searcher}. The query is held to its clause budget all the same.
     */
    FacetedSearch(IndexSearcher searcher, IndexSearcher untimed, Optional<SortedSetDocValuesReaderState> state) {
        this.searcher = searcher;
        this.untimed = untimed;
        this.state = state;
    }

    record Result(TopDocs top, long total, List<FacetCounts> facets) {
    }

    /**
     * @param sort null for relevance
     */
    Result search(Query query, Map<Facet, Set<String>> selected, int topN, Sort sort, boolean withFacets)
            throws IOException {
        DrillDownQuery drillDown = new DrillDownQuery(ClaimFields.FACETS, query);
        selected.forEach((facet, values) -> values.forEach(value -> drillDown.add(facet.dimension(), value)));
        int wanted = Math.max(1, topN);
        if (!withFacets || state.isEmpty()) {
            TopDocs top = sort == null
                    ? searcher.search(drillDown, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE))
                    : searcher.search(drillDown, new TopFieldCollectorManager(sort, wanted, Integer.MAX_VALUE));
            return new Result(top, total(top, drillDown), List.of());
        }
        DrillSideways sideways = new DrillSideways(selected.isEmpty() ? searcher : untimed, ClaimFields.FACETS,
                state.get());
        DrillSideways.DrillSidewaysResult result = sort == null
                ? sideways.search(drillDown, wanted)
                : sideways.search(drillDown, null, null, wanted, sort, false);
        return new Result(result.hits, total(result.hits, drillDown), counts(result.facets, selected));
    }

    private long total(TopDocs top, Query query) throws IOException {
        return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(query);
    }

    private static List<FacetCounts> counts(Facets facets, Map<Facet, Set<String>> selected) throws IOException {
        List<FacetCounts> counts = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Set<String> chosen = selected.getOrDefault(facet, Set.of());
            Map<String, FacetCounts.Value> values = new LinkedHashMap<>();
            FacetResult top = topChildren(facets, facet);
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.put(value.label, new FacetCounts.Value(value.label, value.value.longValue(),
                            chosen.contains(value.label)));
                }
            }
            for (String value : chosen) { // a chosen value that no visible claim has still shows, at 0
                values.putIfAbsent(value, new FacetCounts.Value(value, 0, true));
            }
            if (!values.isEmpty()) {
                counts.add(new FacetCounts(facet, List.copyOf(values.values())));
            }
        }
        return counts;
    }

    private static FacetResult topChildren(Facets facets, Facet facet) throws IOException {
        try {
            return facets.getTopChildren(VALUES_PER_FACET, facet.dimension());
        } catch (IllegalArgumentException notInThisIndex) {
            return null;
        }
    }
}
