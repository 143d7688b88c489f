package org.veritext.core.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A claim with the article fields that a derived store (the search index) keeps beside it. */
public record ClaimDigest(UUID claimId, UUID articleId, String quote, String restatement, String articleTitle,
                          String publisher, LocalDate publishedOn, String createdBy, Instant createdAt,
                          Instant modifiedAt) {
}
