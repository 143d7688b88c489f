package org.veritext.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.veritext.core.review.ReviewMove.APPROVE;
import static org.veritext.core.review.ReviewMove.REJECT;
import static org.veritext.core.review.ReviewMove.REOPEN;
import static org.veritext.core.review.ReviewMove.REQUEST_CHANGES;
import static org.veritext.core.review.ReviewMove.SUBMIT;
import static org.veritext.core.review.ReviewState.APPROVED;
import static org.veritext.core.review.ReviewState.CHANGES_REQUESTED;
import static org.veritext.core.review.ReviewState.DRAFT;
import static org.veritext.core.review.ReviewState.REJECTED;
import static org.veritext.core.review.ReviewState.SUBMITTED;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veritext.core.DomainException;

/** The workflow as the issue states it, move by move and state by state: every allowed and every forbidden move. */
class ReviewMoveTest {

    /** From each state, where each allowed move leads; a move missing from a state's map is forbidden there. */
    private static final Map<ReviewState, Map<ReviewMove, ReviewState>> WORKFLOW = Map.of(
            DRAFT, Map.of(SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(APPROVE, APPROVED, REQUEST_CHANGES, CHANGES_REQUESTED, REJECT, REJECTED),
            CHANGES_REQUESTED, Map.of(SUBMIT, SUBMITTED),
            APPROVED, Map.of(REOPEN, DRAFT),
            REJECTED, Map.of(REOPEN, DRAFT));

    @Test
    void everyAllowedMoveLeadsWhereTheWorkflowSays() {
        int allowed = 0;
        for (ReviewState from : ReviewState.values()) {
            for (Map.Entry<ReviewMove, ReviewState> move : WORKFLOW.get(from).entrySet()) {
                assertThat(move.getKey().isAllowedFrom(from)).as("%s from %s", move.getKey(), from).isTrue();
                assertThat(move.getKey().from(from)).as("%s from %s", move.getKey(), from).isEqualTo(move.getValue());
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(7);
    }

    @Test
    void everyOtherMoveIsRefusedWithAMessageThatSaysWhatIsPossible() {
        int forbidden = 0;
        for (ReviewState from : ReviewState.values()) {
            for (ReviewMove move : ReviewMove.values()) {
                if (!WORKFLOW.get(from).containsKey(move)) {
                    assertThat(move.isAllowedFrom(from)).as("%s from %s", move, from).isFalse();
                    assertThatThrownBy(() -> move.from(from)).as("%s from %s", move, from)
                            .isInstanceOf(DomainException.class)
                            .hasMessageStartingWith("A claim that is " + from.label().toLowerCase());
                    forbidden++;
                }
            }
        }
        assertThat(forbidden).isEqualTo(ReviewState.values().length * ReviewMove.values().length - 7);
        assertThatThrownBy(() -> APPROVE.from(DRAFT))
                .hasMessage("A claim that is draft cannot be approved. It can be submitted.");
        assertThatThrownBy(() -> SUBMIT.from(SUBMITTED)).hasMessage("A claim that is submitted cannot be submitted. "
                + "It can be approved or sent back for changes or rejected.");
    }

    @Test
    void onlyAReviewersDecisionsNeedSomeoneElseAndOnlyRefusalsNeedAComment() {
        assertThat(ReviewMove.values()).filteredOn(ReviewMove::isDecision)
                .containsExactlyInAnyOrder(APPROVE, REQUEST_CHANGES, REJECT);
        assertThat(ReviewMove.values()).filteredOn(ReviewMove::needsComment)
                .containsExactlyInAnyOrder(REQUEST_CHANGES, REJECT);
    }

    @Test
    void onlyADecidedClaimIsReadOnly() {
        assertThat(ReviewState.values()).filteredOn(state -> !state.isEditable())
                .containsExactlyInAnyOrder(APPROVED, REJECTED);
    }
}
