package org.veritext.core.claim;

import java.time.Instant;
import java.util.UUID;
import org.veritext.core.review.ReviewState;

/** A claim in someone's queue: enough to recognise it and open it at its place in the article. */
public record QueuedClaim(UUID claimId, UUID articleId, String articleTitle, UUID projectId, String quote,
                          String restatement, Verdict verdict, ReviewState state, Instant since, String byName) {

    /** What to show as the claim: the restatement, or the quote while there is none. */
    public String text() {
        return restatement == null || restatement.isBlank() ? quote : restatement;
    }
}
