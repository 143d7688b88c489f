package org.veritext.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
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
 * A page of hits, their exact total and, if asked, the facet counts. The counts are drill-sideways: each facet is
 * counted as if its own selection were not made (but all others were), so a chosen verdict's alternatives keep their
 * counts and the user can widen the choice. The query passed in already holds the project filter, so every count is
 * of visible claims only.
 *
 * <p>Why not Lucene's {@code DrillSideways}: it finds the hits and counts the facets in one pass that scores every
 * match, which at a million claims took over 100 ms for a common word. Here the hits come from a top-N search that
 * skips what cannot make the page; the facets from passes that only collect matches (one, plus one per facet with a
 * selection); and where a pass matches more than {@link #SAMPLE_SIZE} claims, its facet values are counted on a
 * random sample of that size and scaled up, marked {@linkplain FacetCounts.Value#estimated() estimated}. Totals and
 * the counts of chosen values are always exact.
 */
final class FacetedSearch {

    /** The most values shown per facet; the chosen ones are always among them. */
    static final int VALUES_PER_FACET = 30;
    /** Up to this many matching claims, facet values are counted exactly; beyond, on a sample this large. */
    static final int SAMPLE_SIZE = 20_000;
    /** Hits beyond the page are counted exactly only up to here; the rest of the total comes from a count. */
    private static final int COUNTED_WHILE_RANKING = 1_000;
    /** A fixed seed: the same search on the same index shows the same estimates. */
    private static final long SAMPLE_SEED = 20_251_126L;

    private final IndexSearcher searcher;
    private final Optional<SortedSetDocValuesReaderState> state;
    private final int sampleSize;

    FacetedSearch(IndexSearcher searcher, Optional<SortedSetDocValuesReaderState> state) {
        this(searcher, state, SAMPLE_SIZE);
    }

    FacetedSearch(IndexSearcher searcher, Optional<SortedSetDocValuesReaderState> state, int sampleSize) {
        this.searcher = searcher;
        this.state = state;
        this.sampleSize = sampleSize;
    }

    record Result(TopDocs top, long total, List<FacetCounts> facets) {
    }

    /**
     * @param sort null for relevance
     */
    Result search(Query query, Map<Facet, Set<String>> selected, int topN, Sort sort, boolean withFacets)
            throws IOException {
        Query drillDown = drillDown(query, selected, null);
        int wanted = Math.max(1, topN);
        TopDocs top = sort == null
                ? searcher.search(drillDown, new TopScoreDocCollectorManager(wanted, COUNTED_WHILE_RANKING))
                : searcher.search(drillDown, new TopFieldCollectorManager(sort, wanted, COUNTED_WHILE_RANKING));
        if (!withFacets || state.isEmpty()) {
            return new Result(top, total(top, drillDown), List.of());
        }
        Pass all = pass(drillDown);
        Map<Facet, Pass> sideways = new HashMap<>();
        for (Facet facet : selected.keySet()) {
            sideways.put(facet, pass(drillDown(query, selected, facet)));
        }
        List<FacetCounts> counts = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Set<String> chosen = selected.getOrDefault(facet, Set.of());
            Pass counted = sideways.getOrDefault(facet, all);
            Map<String, FacetCounts.Value> values = new LinkedHashMap<>();
            FacetResult topValues = counted.topChildren(facet);
            if (topValues != null) {
                for (LabelAndValue value : topValues.labelValues) {
                    values.put(value.label, counted.value(value.label, value.value.longValue(),
                            chosen.contains(value.label)));
                }
            }
            for (String value : chosen) {
                FacetCounts.Value shown = values.get(value);
                if (shown == null || shown.estimated()) {
                    // What the user chose is counted exactly, even when absent from the sample or the visible claims.
                    values.put(value, new FacetCounts.Value(value, exactCount(query, selected, facet, value), true));
                }
            }
            if (!values.isEmpty()) {
                counts.add(new FacetCounts(facet, List.copyOf(values.values())));
            }
        }
        return new Result(top, all.matches(), counts);
    }

    /** {@code query} narrowed by every selection but that of {@code except} (values of one facet: any of them). */
    private static Query drillDown(Query query, Map<Facet, Set<String>> selected, Facet except) {
        DrillDownQuery drillDown = new DrillDownQuery(ClaimFields.FACETS, query);
        selected.forEach((facet, values) -> {
            if (facet != except) {
                values.forEach(value -> drillDown.add(facet.dimension(), value));
            }
        });
        return drillDown;
    }

    private long exactCount(Query query, Map<Facet, Set<String>> selected, Facet facet, String value)
            throws IOException {
        DrillDownQuery one = (DrillDownQuery) drillDown(query, selected, facet);
        one.add(facet.dimension(), value);
        return searcher.count(one);
    }

    private long total(TopDocs top, Query query) throws IOException {
        return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(query);
    }

    /** Collects the matches of {@code query} (not scoring them) and counts their facet values, or a sample's. */
    private Pass pass(Query query) throws IOException {
        RandomSamplingFacetsCollector collected = searcher.search(query,
                RandomSamplingFacetsCollector.createManager(sampleSize, SAMPLE_SEED));
        long matches = 0;
        for (FacetsCollector.MatchingDocs segment : collected.getOriginalMatchingDocs()) {
            matches += segment.totalHits();
        }
        // Counting reads the (sampled) matching docs, which is when the collector decides its sampling rate.
        Facets facets = new SortedSetDocValuesFacetCounts(state.orElseThrow(), collected);
        return new Pass(facets, matches, matches <= sampleSize ? 1 : collected.getSamplingRate());
    }

    /** The facet counts of one pass; {@code samplingRate} below 1 if they were counted on a sample. */
    private record Pass(Facets facets, long matches, double samplingRate) {

        FacetResult topChildren(Facet facet) throws IOException {
            try {
                return facets.getTopChildren(VALUES_PER_FACET, facet.dimension());
            } catch (IllegalArgumentException notInThisIndex) {
                return null;
            }
        }

        FacetCounts.Value value(String label, long counted, boolean selected) {
            if (samplingRate >= 1) {
                return new FacetCounts.Value(label, counted, selected);
            }
            return new FacetCounts.Value(label, Math.min(matches, Math.round(counted / samplingRate)), selected, true);
        }
    }
}
