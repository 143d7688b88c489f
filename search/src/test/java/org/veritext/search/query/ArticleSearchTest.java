package org.veritext.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;
import org.veritext.core.testing.SignIn;
import org.veritext.search.index.ClaimIndex;
import org.veritext.search.index.ClaimIndexer;

/**
 * Articles are found by their text — also where nobody marked a claim — with the passage that matched, only in the
 * user's projects; and they never turn up among claims.
 */
@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class ArticleSearchTest extends DatabaseTest {

    private static final String TALKS = """
            Delegations met in Istanbul for a second round of talks.

            The sides agreed to exchange the bodies of 6,000 fallen soldiers, a spokesman said afterwards.

            No ceasefire was announced.""";

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ArticleSearch search;

    @Autowired
    private ClaimSearch claimSearch;

    @Autowired
    private ClaimIndexer indexer;

    @Autowired
    private ClaimIndex index;

    private UUID talks;

    @BeforeEach
    void importAnArticleWithoutClaims() throws Exception {
        indexer.requestRebuild().get(30, TimeUnit.SECONDS);
        talks = articles.importArticle(desk, new NewArticle("Second round in Istanbul", TALKS, null, "Harbour Herald",
                LocalDate.of(2025, 6, 2), "en")).id();
    }

    @Test
    void findsAnArticleByAWordOfItsTextWithThePassageMarked() {
        ArticleHits found = search.search("spokesman", 10);

        assertThat(found.total()).isOne();
        ArticleHit hit = found.hits().getFirst();
        assertThat(hit.articleId()).isEqualTo(talks);
        assertThat(hit.title().text()).isEqualTo("Second round in Istanbul");
        assertThat(hit.passages().text()).contains("a spokesman said");
        assertThat(hit.passages().parts()).filteredOn(Snippet.Part::match).extracting(Snippet.Part::text)
                .containsExactly("spokesman");
    }

    @Test
    void findsItByStemsNumbersAndPrefixesAsClaimsAre() {
        assertThat(ids("agreeing exchanges")).containsExactly(talks);
        assertThat(ids("6000")).containsExactly(talks);
        assertThat(ids("spokes*")).containsExactly(talks);
        assertThat(ids("ceasefire -Istanbul")).isEmpty();
        assertThat(ids("verdict:false spokesman")).as("a filter only claims have").isEmpty();
        assertThat(ids("publisher:herald date:2025-06 spokesman")).as("filters articles have too")
                .containsExactly(talks);
        assertThat(ids("date:2024 spokesman")).isEmpty();
        assertThat(ids("publisher:herald")).as("a filter alone").containsExactly(talks);
    }

    @Test
    void itsPublisherAndDayAreShown() {
        ArticleHit hit = search.search("spokesman", 10).hits().getFirst();

        assertThat(hit.publisher()).isEqualTo("Harbour Herald");
        assertThat(hit.publishedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void anArticleOfAnotherProjectIsNotFound() {
        UUID elsewhere = projectWithMembers("Elsewhere", Map.of(OUTSIDER, "ANNOTATOR"));
        UUID theirs = SignIn.as(OUTSIDER, () -> articles.importArticle(elsewhere,
                NewArticle.of("A bridge reopens", "The old bridge over the river reopened to trams.")).id());

        assertThat(ids("bridge")).as("the annotator is not in that project").isEmpty();
        assertThat(SignIn.as(OUTSIDER, () -> ids("bridge"))).containsExactly(theirs);
        assertThat(SignIn.as(OUTSIDER, () -> ids("spokesman"))).as("nor he in the desk").isEmpty();
    }

    @Test
    void articlesNeverTurnUpAmongClaims() {
        // Words of the title and the publisher: fields claims have too, and search.
        assertThat(claimSearch.search("Istanbul", 0, 10).total()).isZero();
        assertThat(claimSearch.search("herald", 0, 10).total()).isZero();
        assertThat(claimSearch.search("publisher:herald", 0, 10).total()).isZero();
        assertThat(claimSearch.search("", 0, 10).facets()).as("no facet value of an article").isEmpty();
        assertThat(claimSearch.suggest("Ist", 10)).isEmpty();
        assertThat(claimSearch.search("", 0, 10).total()).as("the newest claims: none yet").isZero();
        assertThat(index.documentCount()).as("the index counts claims only").isZero();

        claims.create(talks, Selections.of(TALKS, "a spokesman said afterwards"), "");

        assertThat(claimSearch.search("spokesman", 0, 10).total()).isOne();
        assertThat(claimSearch.search("Istanbul", 0, 10).total()).as("the claim, by its article's title").isOne();
        assertThat(ids("spokesman")).containsExactly(talks);
    }

    @Test
    void anEmptySearchFindsNoArticles() {
        assertThat(search.search("   ", 10)).isEqualTo(new ArticleHits(0, List.of()));
    }

    @Test
    void aRebuildKeepsTheArticles() throws Exception {
        indexer.requestRebuild().get(30, TimeUnit.SECONDS);

        assertThat(ids("spokesman")).containsExactly(talks);
    }

    private List<UUID> ids(String text) {
        return search.search(text, 10).hits().stream().map(ArticleHit::articleId).toList();
    }
}
