package org.veritext.core.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;

@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class ChangeLogTest extends DatabaseTest {

    private static final String TEXT = "Each side said it would hand over the bodies of 6,000 soldiers.";

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private TransactionTemplate transaction;

    private UUID articleId;
    private long before;

    @BeforeEach
    void importArticle() {
        articleId = articles.importArticle(desk, NewArticle.of("Talks", TEXT)).id();
        before = changeLog.head();
    }

    @Test
    void recordsEachChangeWithWhoWhatWhereAndTheStateAfterIt() {
        ClaimDetails created = claims.create(articleId, Selections.of(TEXT, "6,000 soldiers"), "");
        ClaimDetails restated = claims.restate(created.id(), created.version(), "Each side returns 6,000 bodies");
        claims.delete(restated.id(), restated.version());

        List<Change> changes = changeLog.after(before, 10);

        assertThat(changes).extracting(Change::position).containsExactly(before + 1, before + 2, before + 3);
        assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.CLAIM_CREATED,
                ChangeKind.CLAIM_RESTATED, ChangeKind.CLAIM_DELETED);
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.userId()).isEqualTo(userId(ANNOTATOR));
            assertThat(change.subjectType()).isEqualTo(SubjectType.CLAIM);
            assertThat(change.subjectId()).isEqualTo(created.id());
            assertThat(change.articleId()).isEqualTo(articleId);
        });
        assertThat(changes.get(0).state()).contains("\"quote\":\"6,000 soldiers\"", "\"restatement\":\"\"");
        assertThat(changes.get(1).state()).contains("\"restatement\":\"Each side returns 6,000 bodies\"",
                "\"version\":1");
        assertThat(changes.get(2).state()).as("a deletion has no state after it").isNull();
        assertThat(changeLog.of(created.id())).containsExactlyElementsOf(changes);
        assertThat(jdbc.queryForObject("SELECT subject_type FROM change_log WHERE position = ?", String.class,
                before + 1)).isEqualTo("CLAIM");
    }

    @Test
    void aRolledBackChangeLeavesNoRowAndNoGap() {
        transaction.executeWithoutResult(status -> {
            claims.create(articleId, Selections.of(TEXT, "6,000 soldiers"), "");
            status.setRollbackOnly();
        });
        ClaimDetails kept = claims.create(articleId, Selections.of(TEXT, "the bodies"), "");

        assertThat(changeLog.after(before, 10)).extracting(Change::position, Change::subjectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(before + 1, kept.id()));
        assertThat(changeLog.head()).isEqualTo(before + 1);
    }

    @Test
    void theStateIsTakenAsCommittedNotAsItWasWhenRecorded() {
        ClaimDetails[] created = new ClaimDetails[1];
        transaction.executeWithoutResult(status -> {
            created[0] = claims.create(articleId, Selections.of(TEXT, "6,000 soldiers"), "first words");
            claims.restate(created[0].id(), 0, "last words");
        });

        assertThat(changeLog.after(before, 10)).extracting(Change::state)
                .allSatisfy(state -> assertThat(state).contains("\"restatement\":\"last words\""));
    }

    @Test
    void remembersTheLastPositionEachUserWroteOnThisNode() {
        claims.create(articleId, Selections.of(TEXT, "6,000 soldiers"), "");

        assertThat(changeLog.lastWrittenBy(userId(ANNOTATOR))).isEqualTo(changeLog.head());
        assertThat(changeLog.lastWrittenBy(userId(REVIEWER))).isLessThan(changeLog.head());
    }

    @Test
    void refusesToRecordOutsideAWritingTransaction() {
        assertThatThrownBy(() -> changeLog.record(ChangeKind.CLAIM_DELETED, null, UUID.randomUUID(), null, null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                changeLog.record(ChangeKind.CLAIM_CREATED, null, UUID.randomUUID(), null, null)))
                .as("a creation needs its state").isInstanceOf(IllegalArgumentException.class);
    }
}
