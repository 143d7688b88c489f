package org.veritext.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.veritext.core.NotPermittedException;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.user.CurrentUser;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;
import org.veritext.search.index.ClaimIndex;
import org.veritext.search.index.ClaimIndexer;

@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class ClaimSearchTest extends DatabaseTest {

    private static final String TEXT = """
            Turkish President Recep Tayyip Erdoğan described it as a great meeting in Türkiye.

            Each side said it would hand over the bodies of 6,000 soldiers.

            Kyiv says Putin is not interested in peace.""";

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ClaimSearch search;

    @Autowired
    private ClaimIndexer indexer;

    @Autowired
    private ClaimIndex index;

    @Autowired
    private CurrentUser currentUser;

    @Autowired
    private VisibleClaims visibleClaims;

    private ClaimDetails meeting;
    private ClaimDetails bodies;
    private ClaimDetails peace;

    @BeforeEach
    void annotateThreeClaims() throws Exception {
        indexer.requestRebuild().get(30, java.util.concurrent.TimeUnit.SECONDS);
        UUID articleId = articles.importArticle(desk, new NewArticle("Istanbul talks", TEXT, null, "Harbour Herald",
                null, null)).id();
        meeting = claims.create(articleId, select("Erdoğan described it as a great meeting in Türkiye"), "");
        bodies = claims.create(articleId, select("the bodies of 6,000 soldiers"), "Each side returns 6,000 bodies");
        peace = claims.create(articleId, select("Putin is not interested in peace"), "");
    }

    @Test
    void findsClaimsByStemmedAndAccentFoldedWords() {
        assertThat(ids("erdogan turkiye")).containsExactly(meeting.id());
        assertThat(ids("describes meetings")).containsExactly(meeting.id());
        assertThat(ids("soldier")).containsExactly(bodies.id());
    }

    @Test
    void requiresEveryWordToMatch() {
        assertThat(ids("putin peace")).containsExactly(peace.id());
        assertThat(ids("putin soldiers")).isEmpty();
    }

    @Test
    void supportsPhrasesExclusionAlternativesAndPrefixes() {
        assertThat(ids("\"great meeting\"")).containsExactly(meeting.id());
        assertThat(ids("\"meeting great\"")).isEmpty();
        assertThat(ids("putin | soldiers")).containsExactlyInAnyOrder(peace.id(), bodies.id());
        assertThat(ids("istanbul -putin -soldiers")).containsExactly(meeting.id());
        assertThat(ids("interes*")).containsExactly(peace.id());
    }

    @Test
    void findsClaimsByArticleTitleAndPublisher() {
        assertThat(ids("harbour herald")).containsExactlyInAnyOrder(meeting.id(), bodies.id(), peace.id());
    }

    @Test
    void marksTheMatchedWordsInQuoteRestatementAndTitle() {
        ClaimHit hit = search.search("bodies", 0, 10).hits().getFirst();

        assertThat(hit.quote().parts()).containsExactly(
                new Snippet.Part("the ", false),
                new Snippet.Part("bodies", true),
                new Snippet.Part(" of 6,000 soldiers", false));
        assertThat(hit.restatement().parts()).containsExactly(
                new Snippet.Part("Each side returns 6,000 ", false),
                new Snippet.Part("bodies", true));
        assertThat(hit.articleTitle().hasMatch()).isFalse();
        assertThat(hit.articleTitle().text()).isEqualTo("Istanbul talks");
        assertThat(hit.publisher()).isEqualTo("Harbour Herald");
    }

    @Test
    void marksAPhraseOnlyWhereTheWholePhraseMatches() {
        ClaimHit hit = search.search("\"6,000 soldiers\"", 0, 10).hits().getFirst();

        assertThat(hit.quote().parts()).filteredOn(Snippet.Part::match).extracting(Snippet.Part::text)
                .containsExactly("6,000", "soldiers");
        assertThat(hit.restatement().hasMatch()).isFalse(); // its "6,000" is not followed by "soldiers"
    }

    @Test
    void anEmptyQueryListsTheNewestClaimsFirst() {
        assertThat(ids("  ")).containsExactly(peace.id(), bodies.id(), meeting.id());
    }

    @Test
    void pagesThroughResultsWithTheTotal() {
        ClaimHits firstPage = search.search("", 0, 2);
        ClaimHits secondPage = search.search("", 2, 2);

        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(firstPage.hits()).hasSize(2);
        assertThat(secondPage.hits()).extracting(ClaimHit::claimId).containsExactly(meeting.id());
        assertThat(search.search("", 10, 2).hits()).isEmpty();
    }

    @Test
    void laterPagesOfAPagingSessionComeFromTheSamePointInTime() {
        ClaimHits firstPage = search.search(new SearchRequest("", java.util.Map.of(), SearchRequest.Order.NEWEST, 0,
                2, null));
        ClaimDetails written = claims.create(meeting.articleId(), select("Kyiv says Putin"), "Written meanwhile");
        assertThat(index.awaitVisible(changeLog.head(), Duration.ofSeconds(10))).isTrue();

        ClaimHits secondPage = search.search(new SearchRequest("", java.util.Map.of(), SearchRequest.Order.NEWEST, 2,
                2, firstPage.session()));
        ClaimHits fresh = search.search("", 0, 10);

        assertThat(firstPage.session()).isNotNull();
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(secondPage.hits()).extracting(ClaimHit::claimId).containsExactly(meeting.id());
        assertThat(fresh.total()).isEqualTo(4);
        assertThat(fresh.hits()).extracting(ClaimHit::claimId).contains(written.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unclosed phrase", "((putin", "putin))", "-", "*", "~", "~2", "AND OR NOT", "\\",
            "title:putin", "+-+-", "\"\"", "putin~~~3", "[1 TO 5]", "{!lucene}", "\u0000", "the of and",
            "peace\" -\"", "\uD83D\uDE00"})
    void neverFailsOnAMalformedQuery(String malformed) {
        ClaimHits hits = search.search(malformed, 0, 10);

        // An answer that holds together: the few claims here fit on one page, so the count is the hits shown.
        assertThat(hits.total()).isEqualTo(hits.hits().size());
        assertThat(hits.notices()).isEmpty();
    }

    @Test
    void stillFindsWhatAMalformedQueryClearlyMeans() {
        assertThat(ids("\"great meeting")).containsExactly(meeting.id());
        assertThat(ids("((putin")).containsExactly(peace.id());
    }

    @Test
    void cutsAnOverlongQueryAndSaysSo() {
        ClaimHits hits = search.search("putin ".repeat(10_000), 0, 10);

        assertThat(hits.hits()).extracting(ClaimHit::claimId).containsExactly(peace.id());
        assertThat(hits.notices()).containsExactly(
                "Your search is 59,999 characters long; only its first 497 characters were searched.");
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void answersHostileQueriesWithoutErrorAndSaysWhatItSimplified(String hostile, List<String> notices) {
        SecurityContext signedIn = SecurityContextHolder.getContext(); // the guard runs the search in its own thread
        ClaimHits hits = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            SecurityContextHolder.setContext(signedIn);
            return search.search(hostile, 0, 50);
        });

        assertThat(hits.total()).isGreaterThanOrEqualTo(hits.hits().size());
        assertThat(hits.notices()).isEqualTo(notices);
    }

    static Stream<Arguments> hostileQueries() {
        String fuzzyWords = "Your search had %d fuzzy words; only the first 5 were searched fuzzily, the others as "
                + "plain words.";
        String starWords = "Your search had %d words ending in *; only the first 5 were searched as beginnings of "
                + "words, the others as plain words.";
        StringBuilder ideographs = new StringBuilder();
        for (int i = 0; i < 330; i++) {
            ideographs.appendCodePoint(0x4E00 + i * 7);
        }
        return Stream.of(
                // The four: an error page, and one to three seconds each.
                arguments(String.join("|", Collections.nCopies(8, "the~2|a~2|of~2")),
                        List.of(fuzzyWords.formatted(24))),
                arguments(String.join("|", Collections.nCopies(120, "a*|b*")), List.of(
                        "Your search is 719 characters long; only its first 500 characters were searched.",
                        starWords.formatted(167),
                        // "a*" now meets the unstemmed words, stop words included ("a", "as" …)
                        "\u201Ca*\u201D matches more than 1 words; only the first 1 in alphabetical order were searched.",
                        "Your search had too many words to search at once; only the first 125 were searched.")),
                arguments("ab~2 ".repeat(100), List.of(fuzzyWords.formatted(100))),
                arguments("ab~2 cd~2 ef~2 gh~2 ij~2 kl~2 mn~2 op~2 qr~2 st~2", List.of(fuzzyWords.formatted(10))),
                arguments("peac* ".repeat(100), List.of(
                        "Your search is 599 characters long; only its first 497 characters were searched.",
                        starWords.formatted(83))),
                arguments(ideographs.toString(), List.of(
                        "Your search had too many words to search at once; only the first 125 were searched.")),
                arguments("*", List.of()),
                arguments("\"great meeting", List.of()),
                arguments("\"".repeat(499), List.of()),
                arguments("(".repeat(500), List.of()),
                arguments("(".repeat(240) + "putin" + ")".repeat(240), List.of()),
                arguments("((a|(b c)) -(d|(e ".repeat(25), List.of()));
    }

    @Test
    void wordsBeyondTheBudgetAreStillSearchedAsPlainWords() {
        assertThat(ids("peac* ".repeat(100))).containsExactly(peace.id()); // "peac" is how "peace" is indexed
        assertThat(ids("putin~1 ".repeat(20))).containsExactly(peace.id());
    }

    @Test
    void returnsWhatItFoundWhenTheTimeRunsOutAndSaysSo() {
        ClaimSearch impatient = new ClaimSearch(index, currentUser, visibleClaims, changeLog,
                new QueryBudget(new QueryLimits(5, 50, 1_000, Duration.ZERO)));

        ClaimHits hits = impatient.search("putin | soldiers", 0, 10);

        assertThat(hits.hits().size()).isLessThanOrEqualTo(2);
        assertThat(hits.notices()).containsExactly(
                "The search took longer than 0 seconds and was stopped; only what it had found by then is shown.");
    }

    @Test
    void refusesSomeoneWhoIsNotSignedIn() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> search.search("putin", 0, 10)).isInstanceOf(NotPermittedException.class);
    }

    private List<UUID> ids(String query) {
        return search.search(query, 0, 50).hits().stream().map(ClaimHit::claimId).toList();
    }

    private static TextSelection select(String quote) {
        return Selections.of(TEXT, quote);
    }
}
