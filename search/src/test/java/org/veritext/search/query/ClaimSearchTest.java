package org.veritext.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.veritext.core.NotPermittedException;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.TextSelection;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;
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

    private ClaimDetails meeting;
    private ClaimDetails bodies;
    private ClaimDetails peace;

    @BeforeEach
    void annotateThreeClaims() {
        indexer.rebuild();
        UUID articleId = articles.importArticle(new NewArticle("Istanbul talks", TEXT, null, "Harbour Herald",
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

    @ParameterizedTest
    @ValueSource(strings = {"\"unclosed phrase", "((putin", "putin))", "-", "*", "~", "~2", "AND OR NOT", "\\",
            "title:putin", "+-+-", "\"\"", "putin~~~3", "[1 TO 5]", "{!lucene}", "\u0000", "the of and",
            "peace\" -\"", "\uD83D\uDE00"})
    void neverFailsOnAMalformedQuery(String malformed) {
        ClaimHits hits = search.search(malformed, 0, 10);

        assertThat(hits.total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void stillFindsWhatAMalformedQueryClearlyMeans() {
        assertThat(ids("\"great meeting")).containsExactly(meeting.id());
        assertThat(ids("((putin")).containsExactly(peace.id());
    }

    @Test
    void cutsAnOverlongQueryInsteadOfFailing() {
        String huge = "putin ".repeat(10_000);

        assertThat(ids(huge)).containsExactly(peace.id());
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
