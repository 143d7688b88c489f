package org.veritext.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.changes.ChangeSignal;
import org.veritext.core.article.ArticleDigests;
import org.veritext.core.claim.ClaimDigests;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;
import org.veritext.search.SearchProperties;
import org.veritext.search.query.ClaimHit;
import org.veritext.search.query.ClaimSearch;

/** The index follows the change log: every committed change, never a rolled-back one, and wholly on a rebuild. */
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

    @Autowired
    private ClaimDigests digests;

    @Autowired
    private ArticleDigests articleDigests;

    @Autowired
    private ChangeSignal signal;

    @TempDir
    Path otherIndexFolder;

    @BeforeEach
    void importArticleIntoAnEmptyIndex() throws Exception {
        indexer.requestRebuild().get(30, TimeUnit.SECONDS); // the database was emptied behind the index's back
        articleId = articles.importArticle(desk, NewArticle.of("Talks in Istanbul", TEXT)).id();
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
    void aRebuildBuildsANewIndexFromTheDatabaseAndSwapsItIn() throws Exception {
        ClaimDetails first = claims.create(articleId, select("a great meeting"), "");
        ClaimDetails second = claims.create(articleId, select("6,000 soldiers"), "");
        Path before = index.live().path();

        indexer.requestRebuild().get(30, TimeUnit.SECONDS);

        assertThat(index.live().path()).isNotEqualTo(before);
        assertThat(before).doesNotExist();
        assertThat(index.visiblePosition()).isGreaterThanOrEqualTo(changeLog.lastWrittenBy(userId(ANNOTATOR)));
        assertThat(foundIds("")).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void afterARestartAppliesExactlyTheChangesAfterItsLastCommit() throws Exception {
        ClaimIndex stopped = new ClaimIndex(new SearchProperties(otherIndexFolder));
        ClaimIndexer first = new ClaimIndexer(stopped, digests, articleDigests, changeLog, signal);
        long committed = first.startPosition(); // builds it from the database, and commits
        stopped.destroy();
        // Saved while that index was down (as if the process died before its next commit).
        ClaimDetails missed = claims.create(articleId, select("a great meeting"), "saved while the index was down");

        ClaimIndex restarted = new ClaimIndex(new SearchProperties(otherIndexFolder));
        ClaimIndexer second = new ClaimIndexer(restarted, digests, articleDigests, changeLog, signal);
        assertThat(second.startPosition()).as("no rebuild: it resumes where it stood").isEqualTo(committed);
        assertThat(restarted.documentCount()).isZero();
        second.apply(changeLog.after(committed, 100));

        assertThat(restarted.documentCount()).isOne();
        assertThat(restarted.visiblePosition()).isEqualTo(changeLog.head());
        assertThat(restarted.<String>withSearcher(searcher -> {
            try {
                int claim = searcher.search(ClaimFields.allClaims(), 1).scoreDocs[0].doc; // not the article's
                return searcher.storedFields().document(claim).get(ClaimFields.CLAIM_ID);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).isEqualTo(missed.id().toString());
        restarted.destroy();
    }

    private List<UUID> foundIds(String query) {
        return search.search(query, 0, 50).hits().stream().map(ClaimHit::claimId).toList();
    }

    private static TextSelection select(String quote) {
        return Selections.of(TEXT, quote);
    }
}
