package org.veritext.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.veritext.core.claim.Verdict;
import org.veritext.search.index.ClaimFields.Facet;

/**
 * Beyond the sample size, facet values are counted on a random sample and scaled up: marked estimated, close to the
 * truth, while the total and the chosen values' counts stay exact. Within it, nothing is estimated.
 */
class FacetSamplingTest {

    private static final List<Verdict> VERDICTS = List.of(Verdict.FALSE, Verdict.TRUE, Verdict.MIXED,
            Verdict.MOSTLY_FALSE);
    private static final int CLAIMS = 2_000;
    private static InMemoryClaims index;

    @BeforeAll
    static void write() {
        index = new InMemoryClaims();
        for (int i = 0; i < CLAIMS; i++) { // 500 of each verdict, interleaved
            index.add(InMemoryClaims.claim("Claim number " + i).verdict(VERDICTS.get(i % VERDICTS.size())).digest());
        }
        index.write();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void aResultLargerThanTheSampleHasEstimatedCountsAndAnExactTotal() throws IOException {
        FacetedSearch.Result result = search(200, Map.of());

        assertThat(result.total()).isEqualTo(CLAIMS);
        assertThat(verdicts(result)).hasSize(VERDICTS.size()).allSatisfy(value -> {
            assertThat(value.estimated()).as(value.value()).isTrue();
            assertThat(value.count()).as(value.value()).isBetween(350L, 650L); // truly 500, from ~50 sampled
        });
    }

    @Test
    void aChosenValueIsCountedExactlyAmongEstimates() throws IOException {
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        selected.put(Facet.VERDICT, Set.of("FALSE"));

        FacetedSearch.Result result = search(200, selected);

        assertThat(result.total()).isEqualTo(CLAIMS / VERDICTS.size());
        FacetCounts.Value chosen = verdicts(result).stream().filter(FacetCounts.Value::selected).findFirst()
                .orElseThrow();
        assertThat(chosen).isEqualTo(new FacetCounts.Value("FALSE", 500, true));
        assertThat(verdicts(result)).filteredOn(value -> !value.selected())
                .allSatisfy(value -> assertThat(value.estimated()).isTrue());
    }

    @Test
    void severalChosenValuesAreEachCountedExactly() throws IOException {
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        selected.put(Facet.VERDICT, Set.of("FALSE", "TRUE"));

        FacetedSearch.Result result = search(200, selected);

        assertThat(result.total()).isEqualTo(1_000);
        assertThat(verdicts(result)).filteredOn(FacetCounts.Value::selected).containsExactlyInAnyOrder(
                new FacetCounts.Value("FALSE", 500, true), new FacetCounts.Value("TRUE", 500, true));
    }

    @Test
    void aResultWithinTheSampleIsCountedExactly() throws IOException {
        FacetedSearch.Result result = search(CLAIMS, Map.of());

        assertThat(verdicts(result)).containsExactlyInAnyOrder(new FacetCounts.Value("FALSE", 500, false),
                new FacetCounts.Value("TRUE", 500, false), new FacetCounts.Value("MIXED", 500, false),
                new FacetCounts.Value("MOSTLY_FALSE", 500, false));
    }

    private static FacetedSearch.Result search(int sampleSize, Map<Facet, Set<String>> selected) throws IOException {
        IndexSearcher searcher = index.searcher();
        Query visible = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(VisibleClaims.filterFor(Set.of(InMemoryClaims.PROJECT)), BooleanClause.Occur.FILTER).build();
        return new FacetedSearch(searcher, new FacetStates().of(searcher.getIndexReader()), sampleSize)
                .search(visible, selected, 10, null, true);
    }

    private static List<FacetCounts.Value> verdicts(FacetedSearch.Result result) {
        return result.facets().stream().filter(counts -> counts.facet() == Facet.VERDICT).findFirst().orElseThrow()
                .values();
    }
}
