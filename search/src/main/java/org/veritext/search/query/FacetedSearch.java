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
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.veritext.search.index.ClaimFields;
import org.veritext.search.index.ClaimFields.Facet;

/**
 * A page of hits, their exact total and, if asked, the facet counts. The counts are drill-sideways: each facet is
 * counted as if its own selection were not made (but all others were), so a chosen verdict's alternatives keep their
 * counts and the user can widen the choice. The query passed in already holds the project filter, so every count is
 * of visible claims only.
 *
 * <p>Why not Lucene's {@code DrillSideways}: it finds the hits and counts the facets in one pass that scores every
 * match, which at a million claims took over 100 ms for a common word. Here a search matching up to
 * {@link #SAMPLE_SIZE} claims is still ranked and counted in one pass. One matching more gets its hits from a top-N
 * search that skips what cannot make the page, and its facet values counted on a sample of that size and
 * scaled up, marked {@linkplain FacetCounts.Value#estimated() estimated}. A facet with a selection is counted in a
 * pass of its own (without its selection), sampled the same way. Totals and the counts of chosen values are always
 * exact.
 */
final class FacetedSearch {

    /** The most values shown per facet; the chosen ones are always among them. */
    static final int VALUES_PER_FACET = 30;
    /** Up to this many matching claims, facet values are counted exactly; beyond, on a sample this large. */
    static final int SAMPLE_SIZE = 10_000;
    /** How many hits a top-N search of a large result collects before it starts skipping (Lucene's default). */
    private static final int SKIPPING_AFTER = 1_000;

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
        long matches = searcher.count(drillDown);
        if (!withFacets || state.isEmpty()) {
            return new Result(topN(drillDown, wanted, sort, matches), matches, List.of());
        }
        TopDocs top;
        Pass all;
        if (matches <= sampleSize) { // few enough to rank and count in one pass
            FacetsCollectorManager.FacetsResult both = sort == null
                    ? FacetsCollectorManager.search(searcher, drillDown, wanted, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, drillDown, wanted, sort, new FacetsCollectorManager());
            top = both.topDocs();
            all = new Pass(new SortedSetDocValuesFacetCounts(state.orElseThrow(), both.facetsCollector()), matches, 1);
        } else { // so many that ranking and counting them all costs more than a pass of each that cuts corners
            top = topN(drillDown, wanted, sort, matches);
            all = pass(drillDown, matches);
        }
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
                    // The only value chosen of its facet: the claims that have it are exactly those the search found.
                    long exact = chosen.size() == 1 ? matches : exactCount(query, selected, facet, value);
                    values.put(value, new FacetCounts.Value(value, exact, true));
                }
            }
            if (!values.isEmpty()) {
                counts.add(new FacetCounts(facet, List.copyOf(values.values())));
            }
        }
        return new Result(top, matches, counts);
    }

    /**
     * The best {@code wanted} hits. Of a large result, with a search that skips what cannot make the page; of a small
     * one, by ranking them all, which is then quicker.
     */
    private TopDocs topN(Query query, int wanted, Sort sort, long matches) throws IOException {
        int counted = matches <= sampleSize ? Integer.MAX_VALUE : SKIPPING_AFTER;
        return sort == null
                ? searcher.search(query, new TopScoreDocCollectorManager(wanted, counted))
                : searcher.search(query, new TopFieldCollectorManager(sort, wanted, counted));
    }

    /**
     * {@code query} narrowed by every selection but that of {@code except} (values of one facet: any of them). One
     * flat conjunction, not Lucene's {@code DrillDownQuery} around the query: nested, the filters kept the top-N
     * search of a common word from skipping, ten times slower at a million claims.
     */
    private static Query drillDown(Query query, Map<Facet, Set<String>> selected, Facet except) {
        BooleanQuery.Builder drillDown = new BooleanQuery.Builder();
        if (query instanceof BooleanQuery conjunction && conjunction.clauses().stream().allMatch(
                clause -> clause.occur() == BooleanClause.Occur.MUST || clause.occur() == BooleanClause.Occur.FILTER)) {
            conjunction.clauses().forEach(drillDown::add);
        } else {
            drillDown.add(query, BooleanClause.Occur.MUST);
        }
        selected.forEach((facet, values) -> {
            if (facet != except && !values.isEmpty()) {
                drillDown.add(anyOf(facet, values), BooleanClause.Occur.FILTER);
            }
        });
        return drillDown.build();
    }

    private static Query anyOf(Facet facet, Set<String> values) {
        String field = ClaimFields.FACETS.getDimConfig(facet.dimension()).indexFieldName;
        List<Term> terms = values.stream().sorted().map(value -> DrillDownQuery.term(field, facet.dimension(), value))
                .toList();
        if (terms.size() == 1) {
            return new TermQuery(terms.getFirst());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.forEach(term -> any.add(new TermQuery(term), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** How many claims match with {@code value} the only choice of its facet (the other facets' choices kept). */
    private long exactCount(Query query, Map<Facet, Set<String>> selected, Facet facet, String value)
            throws IOException {
        Map<Facet, Set<String>> onlyThisValue = new HashMap<>(selected);
        onlyThisValue.put(facet, Set.of(value));
        return searcher.count(drillDown(query, onlyThisValue, null));
    }

    /** Collects the matches of {@code query} (not scoring them) and counts their facet values, or a sample's. */
    private Pass pass(Query query) throws IOException {
        return pass(query, searcher.count(query));
    }

    private Pass pass(Query query, long matches) throws IOException {
        // Rounded up: on average at most sampleSize are kept (between half that and that).
        long stride = Math.max(1, -Math.floorDiv(-matches, sampleSize));
        FacetsCollector collected = searcher.search(query, new FacetsCollectorManager() {
            @Override
            public FacetsCollector newCollector() {
                return new HashedSample(stride);
            }
        });
        long kept = 0;
        for (FacetsCollector.MatchingDocs segment : collected.getMatchingDocs()) {
            kept += segment.totalHits();
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state.orElseThrow(), collected);
        return new Pass(facets, matches, stride == 1 || kept == 0 ? 1 : (double) kept / matches);
    }

    /**
     * Keeps about one match in n, chosen by a hash of its place in the index: as good as a random sample (no pattern
     * in how claims were written, such as verdicts taking turns, can line up with it, as it could with every n-th),
     * cheaper (nothing is collected to be thrown away), and the same search on the same index keeps the same claims.
     */
    private static final class HashedSample extends FacetsCollector {

        private final long stride;
        private int docBase;

        HashedSample(long stride) {
            this.stride = stride;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            super.doSetNextReader(context);
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (stride == 1 || Long.remainderUnsigned(mixed(docBase + doc), stride) == 0) {
                super.collect(doc);
            }
        }

        /** SplitMix64's finaliser: neighbouring numbers come out unrelated. */
        private static long mixed(long value) {
            long z = value + 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
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
