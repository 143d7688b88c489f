package org.veritext.app.ui.review;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.veritext.core.DomainException;
import org.veritext.core.claim.QueuedClaim;
import org.veritext.core.discussion.CommentDetails;
import org.veritext.core.discussion.CommentKind;
import org.veritext.core.discussion.CommentService;

/**
 * A claim sent back to its annotator, with what the reviewer asked for: the newest "changes requested" note in the
 * claim's discussion (the review move puts it there), or none if it could not be read.
 */
record SentBack(QueuedClaim claim, CommentDetails reason) {

    /** Each claim with its reviewer's note; one read of the discussion per claim, and these queues are short. */
    static List<SentBack> of(List<QueuedClaim> claims, CommentService comments) {
        return claims.stream().map(claim -> new SentBack(claim, reasonFor(claim.claimId(), comments))).toList();
    }

    private static CommentDetails reasonFor(UUID claimId, CommentService comments) {
        try {
            return comments.thread(claimId).stream()
                    .filter(comment -> comment.kind() == CommentKind.CHANGES_REQUESTED)
                    .max(Comparator.comparing(CommentDetails::createdAt))
                    .orElse(null);
        } catch (DomainException goneMeanwhile) {
            return null; // deleted or moved out of reach since the queue was read: the next refresh drops it
        }
    }
}
