package org.veritext.search.query;

import java.time.LocalDate;
import java.util.UUID;

/** One claim found: where it is, and its quote and restatement with the matched words marked. */
public record ClaimHit(UUID claimId, UUID articleId, Snippet articleTitle, String publisher, LocalDate publishedOn,
                       Snippet quote, Snippet restatement) {
}
