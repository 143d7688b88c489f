package org.veritext.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.TextSelection;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;
import org.veritext.search.query.ClaimHit;
import org.veritext.search.query.ClaimSearch;

/** The index follows the database: after each commit, never for a rollback, and wholly on a rebuild. */
@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class ClaimIndexerTest extends DatabaseTest {

    private static final String TEXT = """
            Turkish President Recep Tayyip Erdoğan described it as a great meeting.

            Each side said it would hand over the bodies of 6,000 soldiers.""";

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ClaimSearch search;

    @Autowired
    private ClaimIndex index;

    @Autowired
    private ClaimIndexer indexer;

    @Autowired
    private TransactionTemplate transaction;

    private UUID articleId;

    @BeforeEach
    void importArticleIntoAnEmptyIndex() {
        indexer.rebuild();
        articleId = articles.importArticle(NewArticle.of("Talks in Istanbul", TEXT)).id();
    }

    @Test
    void aSavedClaimIsSearchableAsSoonAsTheSaveReturns() {
        ClaimDetails claim = claims.create(articleId, select("a great meeting"), "Erdogan called the talks great");

        assertThat(foundIds("great meeting")).containsExactly(claim.id());
        assertThat(foundIds("Erdogan")).containsExactly(claim.id());
        assertThat(foundIds("istanbul")).containsExactly(claim.id());
    }

    @Test
    void aRestatedClaimIsFoundByItsNewWordsOnly() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "Each side returns bodies");

        claims.restate(claim.id(), claim.version(), "Russia repatriates remains");

        assertThat(foundIds("repatriates")).containsExactly(claim.id());
        assertThat(foundIds("returns")).isEmpty();
        assertThat(index.documentCount()).isOne();
    }

    @Test
    void aDeletedClaimIsNoLongerFound() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "");

        claims.delete(claim.id(), claim.version());

        assertThat(foundIds("soldiers")).isEmpty();
        assertThat(index.documentCount()).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNoTrace() {
        transaction.executeWithoutResult(status -> {
            claims.create(articleId, select("a great meeting"), "never committed");
            status.setRollbackOnly();
        });

        assertThat(foundIds("great meeting")).isEmpty();
        assertThat(index.documentCount()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class)).isZero();
    }

    @Test
    void aRebuildRestoresEveryClaimFromTheDatabase() {
        ClaimDetails first = claims.create(articleId, select("a great meeting"), "");
        ClaimDetails second = claims.create(articleId, select("6,000 soldiers"), "");
        index.clear();
        index.commitAndRefresh();
        assertThat(foundIds("")).isEmpty();

        ClaimIndexer.RebuildReport report = indexer.rebuild();

        assertThat(report.claims()).isEqualTo(2);
        assertThat(foundIds("")).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void catchesUpAtStartWhenTheIndexMissesClaims() {
        ClaimDetails claim = claims.create(articleId, select("a great meeting"), "");
        index.remove(claim.id());

        indexer.catchUpAtStart();

        assertThat(foundIds("meeting")).containsExactly(claim.id());
    }

    private List<UUID> foundIds(String query) {
        return search.search(query, 0, 50).hits().stream().map(ClaimHit::claimId).toList();
    }

    private static TextSelection select(String quote) {
        return Selections.of(TEXT, quote);
    }
}
