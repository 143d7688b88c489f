package org.veritext.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.NotPermittedException;
import org.veritext.core.access.Access;
import org.veritext.core.access.ClaimAction;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimHistory;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.HistoryEntry;
import org.veritext.core.claim.ReviewQueues;
import org.veritext.core.claim.Verdict;
import org.veritext.core.discussion.CommentDetails;
import org.veritext.core.discussion.CommentKind;
import org.veritext.core.discussion.CommentService;
import org.veritext.core.notification.NotificationDetails;
import org.veritext.core.notification.NotificationKind;
import org.veritext.core.notification.NotificationService;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;
import org.veritext.core.testing.SignIn;

/**
 * The review workflow through the services, as the team uses it: who may make which move, four eyes, read-only
 * once decided, the comment a refusal needs, who is notified, and history with restore.
 */
@WithMockUser(username = DatabaseTest.ANNOTATOR)
class ReviewWorkflowTest extends DatabaseTest {

    private static final String TEXT = """
            Russia and Ukraine agreed to exchange more prisoners of war.

            Each side said it would hand over the bodies of 6,000 soldiers.""";

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private CommentService comments;

    @Autowired
    private NotificationService notifications;

    @Autowired
    private ClaimHistory history;

    @Autowired
    private ReviewQueues queues;

    @Autowired
    private Access access;

    private ClaimDetails claim;

    @BeforeEach
    void highlightAClaim() {
        UUID articleId = articles.importArticle(desk, NewArticle.of("Talks", TEXT)).id();
        claim = claims.create(articleId, Selections.of(TEXT, "the bodies of 6,000 soldiers"), "6,000 bodies each.");
    }

    @Test
    void aClaimGoesFromDraftThroughReviewToApproved() {
        assertThat(claim.reviewState()).isEqualTo(ReviewState.DRAFT);
        ClaimDetails submitted = claims.move(claim.id(), claim.version(), ReviewMove.SUBMIT, null);
        assertThat(submitted.reviewState()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(SignIn.as(REVIEWER, () -> queues.mine().awaitingMyReview().claims()))
                .extracting(queued -> queued.claimId()).containsExactly(claim.id());
        assertThat(queues.mine().awaitingMyReview().count()).as("four eyes: not in the maker's own queue").isZero();

        ClaimDetails approved = SignIn.as(REVIEWER,
                () -> claims.move(claim.id(), submitted.version(), ReviewMove.APPROVE, "Checked against the log."));

        assertThat(approved.reviewState()).isEqualTo(ReviewState.APPROVED);
        assertThat(approved.stateChangedBy().username()).isEqualTo(REVIEWER);
        assertThat(notifications.mine()).extracting(NotificationDetails::kind).containsExactly(NotificationKind.REVIEWED);
        assertThat(comments.thread(claim.id())).extracting(CommentDetails::kind).containsExactly(CommentKind.APPROVED);
        assertThat(queues.mine().recentlyApproved().claims()).extracting(q -> q.claimId()).containsExactly(claim.id());
    }

    @Test
    void nobodyDecidesOnAClaimHeMadeOrLastEdited() {
        SignIn.run(MANAGER, () -> {
            ClaimDetails own = claims.create(claim.articleId(), Selections.of(TEXT, "prisoners of war"), "");
            ClaimDetails submitted = claims.move(own.id(), own.version(), ReviewMove.SUBMIT, null);
            assertThat(access.claimActions(submitted.facts())).doesNotContain(ClaimAction.APPROVE,
                    ClaimAction.REQUEST_CHANGES, ClaimAction.REJECT);
            assertThatThrownBy(() -> claims.move(own.id(), submitted.version(), ReviewMove.APPROVE, null))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("Four eyes: you made or last edited this claim, so someone else must review it.");
        });
        ClaimDetails submitted = claims.move(claim.id(), claim.version(), ReviewMove.SUBMIT, null);
        ClaimDetails editedByManager = SignIn.as(MANAGER, () -> claims.edit(claim.id(), submitted.version(),
                ClaimEdit.of(submitted).withRestatement("Each side returns 6,000 bodies.")));

        assertThatThrownBy(() -> SignIn.as(MANAGER,
                () -> claims.move(claim.id(), editedByManager.version(), ReviewMove.REJECT, "No.")))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining("Four eyes");
        assertThat(SignIn.as(REVIEWER, () -> access.claimActions(editedByManager.facts())))
                .contains(ClaimAction.APPROVE, ClaimAction.REQUEST_CHANGES, ClaimAction.REJECT)
                .doesNotContain(ClaimAction.EDIT, ClaimAction.DELETE);
    }

    @Test
    void requestingChangesNeedsACommentWhichTheAnnotatorReceives() {
        ClaimDetails submitted = claims.move(claim.id(), claim.version(), ReviewMove.SUBMIT, null);

        assertThatThrownBy(() -> SignIn.as(REVIEWER,
                () -> claims.move(claim.id(), submitted.version(), ReviewMove.REQUEST_CHANGES, "  ")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("Request changes needs a comment");
        assertThat(claims.get(claim.id()).reviewState()).isEqualTo(ReviewState.SUBMITTED);

        ClaimDetails sentBack = SignIn.as(REVIEWER, () -> claims.move(claim.id(), submitted.version(),
                ReviewMove.REQUEST_CHANGES, "Say who said it: link the claimant."));

        assertThat(sentBack.reviewState()).isEqualTo(ReviewState.CHANGES_REQUESTED);
        assertThat(comments.thread(claim.id())).singleElement().satisfies(comment -> {
            assertThat(comment.kind()).isEqualTo(CommentKind.CHANGES_REQUESTED);
            assertThat(comment.body()).isEqualTo("Say who said it: link the claimant.");
            assertThat(comment.author().username()).isEqualTo(REVIEWER);
        });
        assertThat(notifications.unreadCount()).isOne();
        assertThat(notifications.mine().getFirst().message()).contains("needs changes: Say who said it");
        assertThat(queues.mine().changesRequested().claims()).extracting(q -> q.claimId()).containsExactly(claim.id());

        ClaimDetails fixed = claims.edit(claim.id(), sentBack.version(), ClaimEdit.of(sentBack)
                .withRestatement("Ukraine said each side returns 6,000 bodies."));
        assertThat(claims.move(claim.id(), fixed.version(), ReviewMove.SUBMIT, null).reviewState())
                .isEqualTo(ReviewState.SUBMITTED);
    }

    @Test
    void aLongReasonIsKeptWholeInTheThreadAndQuotedInTheNotification() {
        ClaimDetails submitted = claims.move(claim.id(), claim.version(), ReviewMove.SUBMIT, null);
        String reason = "The figure is from another year. ".repeat(40).strip(); // 1,300 characters

        ClaimDetails rejected = SignIn.as(REVIEWER, () -> claims.move(claim.id(), submitted.version(),
                ReviewMove.REJECT, reason));

        assertThat(rejected.reviewState()).isEqualTo(ReviewState.REJECTED);
        assertThat(comments.thread(claim.id())).singleElement()
                .satisfies(comment -> assertThat(comment.body()).isEqualTo(reason));
        String message = notifications.mine().getFirst().message();
        assertThat(message).hasSizeLessThanOrEqualTo(500).contains("The figure is from another year.").endsWith("\u2026");
    }

    @Test
    void aDecidedClaimIsReadOnlyUntilAManagerReopensIt() {
        ClaimDetails submitted = claims.move(claim.id(), claim.version(), ReviewMove.SUBMIT, null);
        ClaimDetails rejected = SignIn.as(REVIEWER,
                () -> claims.move(claim.id(), submitted.version(), ReviewMove.REJECT, "Not a checkable claim."));

        assertThatThrownBy(() -> claims.edit(claim.id(), rejected.version(), ClaimEdit.of(rejected)
                .withVerdict(Verdict.FALSE, "")))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This claim is rejected and read-only. A manager can reopen it.");
        assertThatThrownBy(() -> claims.restate(claim.id(), rejected.version(), "x"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> claims.delete(claim.id(), rejected.version()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> claims.move(claim.id(), rejected.version(), ReviewMove.REOPEN, null))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only managers of Desk may assign work, reopen or restore claims.");
        assertThat(claims.get(claim.id()).restatement()).isEqualTo("6,000 bodies each.");

        ClaimDetails reopened = SignIn.as(MANAGER,
                () -> claims.move(claim.id(), rejected.version(), ReviewMove.REOPEN, "Worth a second look."));

        assertThat(reopened.reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(claims.edit(claim.id(), reopened.version(), ClaimEdit.of(reopened)
                .withRestatement("Each side returns 6,000 bodies.")).restatement())
                .isEqualTo("Each side returns 6,000 bodies.");
    }

    @Test
    void aForbiddenMoveIsRefusedWithTheWorkflowsReason() {
        assertThatThrownBy(() -> SignIn.as(REVIEWER,
                () -> claims.move(claim.id(), claim.version(), ReviewMove.APPROVE, null)))
                .isInstanceOf(DomainException.class)
                .hasMessage("A claim that is draft cannot be approved. It can be submitted.");
        assertThatThrownBy(() -> SignIn.as(REVIEWER,
                () -> claims.move(claim.id(), claim.version(), ReviewMove.SUBMIT, null)))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only annotators and managers of Desk may annotate.");
        assertThat(claims.get(claim.id()).reviewState()).isEqualTo(ReviewState.DRAFT);
    }

    @Test
    void aReviewerDecidesOnTheVersionHeSawOrNotAtAll() {
        ClaimDetails submitted = claims.move(claim.id(), claim.version(), ReviewMove.SUBMIT, null);
        claims.edit(claim.id(), submitted.version(), ClaimEdit.of(submitted).withRestatement("Changed meanwhile."));

        assertThatThrownBy(() -> SignIn.as(REVIEWER,
                () -> claims.move(claim.id(), submitted.version(), ReviewMove.APPROVE, null)))
                .isInstanceOf(EditConflictException.class);
        assertThat(claims.get(claim.id()).reviewState()).isEqualTo(ReviewState.SUBMITTED);
    }

    @Test
    void historyShowsEveryChangeAndAManagerRestoresAnEarlierVersion() {
        ClaimDetails first = claims.edit(claim.id(), claim.version(), ClaimEdit.of(claim)
                .withVerdict(Verdict.MOSTLY_TRUE, "Both ministries said so."));
        ClaimDetails second = claims.edit(claim.id(), first.version(), ClaimEdit.of(first)
                .withRestatement("Each side hands over 6,000 bodies.").withVerdict(Verdict.FALSE, "Wrong."));
        ClaimDetails submitted = claims.move(claim.id(), second.version(), ReviewMove.SUBMIT, null);

        List<HistoryEntry> entries = history.of(claim.id());
        assertThat(entries).extracting(HistoryEntry::kind).containsExactly(ChangeKind.CLAIM_REVIEWED,
                ChangeKind.CLAIM_EDITED, ChangeKind.CLAIM_EDITED, ChangeKind.CLAIM_CREATED);
        assertThat(entries.getFirst().title()).isEqualTo("Submitted for review");
        assertThat(entries.get(1).changes()).containsExactly(
                new HistoryEntry.FieldChange("Restatement", "6,000 bodies each.", "Each side hands over 6,000 bodies."),
                new HistoryEntry.FieldChange("Verdict", "Mostly true", "False"),
                new HistoryEntry.FieldChange("Rationale", "Both ministries said so.", "Wrong."));
        assertThat(entries).extracting(HistoryEntry::restorable).containsExactly(false, false, true, true);
        long firstEdit = entries.get(2).position();

        assertThatThrownBy(() -> claims.restore(claim.id(), submitted.version(), firstEdit))
                .isInstanceOf(NotPermittedException.class);
        ClaimService.Restored restored = SignIn.as(MANAGER,
                () -> claims.restore(claim.id(), submitted.version(), firstEdit));

        assertThat(restored.claim().restatement()).isEqualTo("6,000 bodies each.");
        assertThat(restored.claim().verdict()).isEqualTo(Verdict.MOSTLY_TRUE);
        assertThat(restored.claim().reviewState()).as("restoring changes content, not the review state")
                .isEqualTo(ReviewState.SUBMITTED);
        assertThat(restored.leftOut()).isEmpty();
        HistoryEntry newest = history.of(claim.id()).getFirst();
        assertThat(newest.kind()).isEqualTo(ChangeKind.CLAIM_RESTORED);
        assertThat(newest.by().username()).isEqualTo(MANAGER);
        assertThat(newest.changes()).contains(new HistoryEntry.FieldChange("Verdict", "False", "Mostly true"));
    }
}
