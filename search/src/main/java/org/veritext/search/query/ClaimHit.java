package org.veritext.search.query;

import java.time.LocalDate;
import java.util.UUID;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;

/**
 * One claim found: where it is, and its quote and restatement with the matched words marked, its verdict and review
 * state, and who made it (the first claimant's name, or null).
 */
public record ClaimHit(UUID claimId, UUID articleId, Snippet articleTitle, String publisher, LocalDate publishedOn,
                       Snippet quote, Snippet restatement, Verdict verdict, ReviewState reviewState,
                       String claimant) {
}
