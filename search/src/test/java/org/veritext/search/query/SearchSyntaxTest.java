package org.veritext.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veritext.search.query.InMemoryClaims.claim;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.search.index.ClaimFields.Facet;

/**
 * The schema and the syntax, on an index in memory: numbers however written, prefixes and fuzzy words against
 * unstemmed words, names across scripts, field filters and date ranges, and malformed queries searched as plain
 * words.
 */
class SearchSyntaxTest {

    private static InMemoryClaims index;
    private static UUID earnings;
    private static UUID bodies;
    private static UUID exchange;
    private static UUID enacted;

    @BeforeAll
    static void writeClaims() {
        index = new InMemoryClaims();
        InMemoryClaims.Claim earningsClaim = claim("Average earnings fell by a tenth last year")
                .verdict(Verdict.FALSE).state(ReviewState.APPROVED).publisher("Kyiv Independent")
                .publishedOn("2024-03-15").modifiedAt("2025-01-03T00:00:00Z")
                .actor(ActorRole.CLAIMANT, "Denys Shmyhal");
        InMemoryClaims.Claim bodiesClaim = claim("Each side returned the bodies of 6 000 soldiers")
                .verdict(Verdict.TRUE).publishedOn("2025-06-02").modifiedAt("2025-01-02T00:00:00Z")
                .actor(ActorRole.CLAIMANT, "Volodymyr Zelenskyy", "Владимир Зеленский")
                .event("Istanbul prisoner exchange");
        InMemoryClaims.Claim exchangeClaim = claim("Russia refused a full prisoner swap")
                .verdict(Verdict.MOSTLY_FALSE).publishedOn("2025-06-20").modifiedAt("2025-01-01T00:00:00Z")
                .actor(ActorRole.SUBJECT, "Volodymyr Zelenskyy", "Владимир Зеленский")
                .actor(ActorRole.CLAIMANT, "Rustem Umerov");
        InMemoryClaims.Claim enactedClaim = claim("Parliament enacted the law on 1,250,000 hryvnias of aid")
                .state(ReviewState.SUBMITTED).publisher("Harbour Herald").modifiedAt("2024-12-31T00:00:00Z");
        for (InMemoryClaims.Claim each : List.of(earningsClaim, bodiesClaim, exchangeClaim, enactedClaim)) {
            index.add(each.digest());
        }
        index.write();
        earnings = earningsClaim.id();
        bodies = bodiesClaim.id();
        exchange = exchangeClaim.id();
        enacted = enactedClaim.id();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6000", "6,000", "6 000", "6\u202f000", "\"bodies of 6000\""})
    void findsANumberHoweverItsDigitsAreGrouped(String number) {
        assertThat(index.ids(number)).containsExactly(bodies);
    }

    @Test
    void findsLargeNumbersWrittenEitherWay() {
        assertThat(index.ids("1250000")).containsExactly(enacted);
        assertThat(index.ids("1 250 000 hryvnias")).containsExactly(enacted);
    }

    @Test
    void prefixesMatchWholeWordsNotStems() {
        // Stemmed, "earnings" is "earn": the prefix "earni" found nothing before the unstemmed twin.
        assertThat(index.ids("earni*")).containsExactly(earnings);
        assertThat(index.ids("refus*")).containsExactly(exchange);
    }

    @Test
    void fuzzyWordsMatchWholeWordsNotStems() {
        assertThat(index.ids("enatced~")).containsExactly(enacted); // "enacted" is "enact" when stemmed
        assertThat(index.ids("earnigns~")).containsExactly(earnings);
    }

    @Test
    void highlightsWhatAPrefixMatched() {
        ClaimHit hit = index.search("earni*").hits().getFirst();

        assertThat(hit.quote().parts()).anySatisfy(part -> {
            assertThat(part.match()).isTrue();
            assertThat(part.text()).isEqualTo("earnings");
        });
    }

    @Test
    void findsNamesAcrossScriptsAndSpellings() {
        assertThat(index.ids("claimant:Зеленский")).containsExactly(bodies);
        assertThat(index.ids("claimant:zelensky")).containsExactly(bodies);
        assertThat(index.ids("claimant:\"Volodymyr Zelenskyy\"")).containsExactly(bodies);
        assertThat(index.ids("subject:Zelenskiy")).containsExactly(exchange);
        assertThat(index.ids("actor:Зеленский")).containsExactlyInAnyOrder(bodies, exchange);
        assertThat(index.ids("zelenkyy~")).containsExactlyInAnyOrder(bodies, exchange); // misspelt, still found
    }

    @Test
    void filtersByVerdictStateEventAndPublisher() {
        assertThat(index.ids("verdict:false")).containsExactly(earnings);
        assertThat(index.ids("verdict:mostly-false")).containsExactly(exchange);
        assertThat(index.ids("verdict:\"mostly false\" prisoner")).containsExactly(exchange);
        assertThat(index.ids("state:approved")).containsExactly(earnings);
        assertThat(index.ids("state:submitted")).containsExactly(enacted);
        assertThat(index.ids("event:\"prisoner exchange\"")).containsExactly(bodies);
        assertThat(index.ids("event:istanbul soldiers")).containsExactly(bodies);
        assertThat(index.ids("publisher:\"kyiv independent\"")).containsExactly(earnings);
        assertThat(index.ids("-publisher:\"kyiv independent\" -verdict:true")).containsExactlyInAnyOrder(exchange,
                enacted);
    }

    @Test
    void filtersByPublicationDate() {
        assertThat(index.ids("date:2024")).containsExactly(earnings);
        assertThat(index.ids("date:2025-06")).containsExactlyInAnyOrder(bodies, exchange);
        assertThat(index.ids("date:2025-06-01..2025-06-10")).containsExactly(bodies);
        assertThat(index.ids("date:2025-06-10..")).containsExactly(exchange);
        assertThat(index.ids("date:..2024-12")).containsExactly(earnings);
    }

    @Test
    void aQueryOfFiltersOnlyListsTheMostRecentlyChangedFirst() {
        assertThat(index.ids("-verdict:true")).containsExactly(earnings, exchange, enacted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"earnings fell", "(earnings fell", "earnings) fell", "((earnings)) fell)"})
    void searchesAMalformedQueryAsPlainWordsAndSaysSo(String malformed) {
        ClaimHits hits = index.search(malformed);

        assertThat(hits.plainWords()).isTrue();
        assertThat(hits.hits()).extracting(ClaimHit::claimId).containsExactly(earnings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"verdict:bogus", "state:nowhere", "date:2024-13", "date:..", "date:2024-02-30",
            "verdict:\"\"", "event:\"the of\"", "claimant:---"})
    void searchesAFilterItCannotReadAsPlainWords(String malformed) {
        ClaimHits hits = index.search(malformed + " earnings");

        assertThat(hits.plainWords()).isTrue();
        assertThat(hits.hits()).isEmpty(); // the filter's words are required words now, found nowhere
    }

    @Test
    void aWellFormedQueryIsNotFlagged() {
        assertThat(index.search("verdict:false earnings").plainWords()).isFalse();
        assertThat(index.search("\"earnings fell\" -(swap | law)").plainWords()).isFalse();
    }

    @Test
    void sortsByDateEitherWay() {
        SearchRequest newest = new SearchRequest("", Map.of(), SearchRequest.Order.NEWEST, 0, 10, null);
        SearchRequest oldest = new SearchRequest("", Map.of(), SearchRequest.Order.OLDEST, 0, 10, null);

        assertThat(index.search(newest, Set.of(InMemoryClaims.PROJECT)).hits()).extracting(ClaimHit::claimId)
                .containsExactly(exchange, bodies, earnings, enacted); // no publication day: last
        assertThat(index.search(oldest, Set.of(InMemoryClaims.PROJECT)).hits()).extracting(ClaimHit::claimId)
                .containsExactly(earnings, bodies, exchange, enacted);
    }

    @Test
    void hitsCarryVerdictStateAndClaimant() {
        ClaimHit hit = index.search("soldiers").hits().getFirst();

        assertThat(hit.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(hit.reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(hit.claimant()).isEqualTo("Volodymyr Zelenskyy");
    }

    @Test
    void facetSelectionsNarrowAndSiblingsKeepTheirCounts() {
        SearchRequest request = new SearchRequest("", Map.of(Facet.VERDICT, Set.of("FALSE")),
                SearchRequest.Order.RELEVANCE, 0, 10, null);

        ClaimHits hits = index.search(request, Set.of(InMemoryClaims.PROJECT));

        assertThat(hits.hits()).extracting(ClaimHit::claimId).containsExactly(earnings);
        FacetCounts verdicts = hits.facets().stream().filter(f -> f.facet() == Facet.VERDICT).findFirst().orElseThrow();
        assertThat(verdicts.values()).extracting(FacetCounts.Value::value)
                .containsExactlyInAnyOrder("FALSE", "TRUE", "MOSTLY_FALSE", "NOT_YET_RATED");
        assertThat(verdicts.values()).filteredOn(FacetCounts.Value::selected).extracting(FacetCounts.Value::value)
                .containsExactly("FALSE");
        FacetCounts claimants = hits.facets().stream().filter(f -> f.facet() == Facet.CLAIMANT).findFirst()
                .orElseThrow();
        assertThat(claimants.values()).containsExactly(new FacetCounts.Value("Denys Shmyhal", 1, false));
    }

    @Test
    void suggestsActorsAcrossScriptsAndEvents() {
        Suggestion zelenskyy = new Suggestion(Suggestion.Kind.ACTOR, "Volodymyr Zelenskyy", 2);

        assertThat(index.suggest("зел", Set.of(InMemoryClaims.PROJECT))).containsExactly(zelenskyy);
        assertThat(index.suggest("Zel", Set.of(InMemoryClaims.PROJECT))).containsExactly(zelenskyy);
        assertThat(index.suggest("volod zele", Set.of(InMemoryClaims.PROJECT))).containsExactly(zelenskyy);
        assertThat(index.suggest("ist", Set.of(InMemoryClaims.PROJECT)))
                .containsExactly(new Suggestion(Suggestion.Kind.EVENT, "Istanbul prisoner exchange", 1));
        assertThat(index.suggest("umer", Set.of(InMemoryClaims.PROJECT)))
                .containsExactly(new Suggestion(Suggestion.Kind.ACTOR, "Rustem Umerov", 1));
        assertThat(zelenskyy.asFilter()).isEqualTo("actor:\"Volodymyr Zelenskyy\"");
        assertThat(index.ids(zelenskyy.asFilter())).containsExactlyInAnyOrder(bodies, exchange);
    }

    @Test
    void suggestsNothingFromProjectsTheUserIsNotIn() {
        assertThat(index.suggest("zel", Set.of(UUID.randomUUID()))).isEmpty();
        assertThat(index.suggest("zel", Set.of())).isEmpty();
        assertThat(index.suggest("", Set.of(InMemoryClaims.PROJECT))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"actor:zel ", "verdict:false ", "-state:draft ", "date:2024..2025 ", "claimant:\"a b\" ",
            "event:x~ ", "(actor:a | ", "publisher:\" ", "date:2024-01-01..", "actor:*", "verdict:", ":::: "})
    void answersHostileFilterQueriesInBoundedTimeWithoutError(String piece) {
        String hostile = piece.repeat(200);

        ClaimHits hits = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> index.search(hostile));

        assertThat(hits.total()).isBetween(0L, 4L);
    }
}
