package org.veritext.core.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the article list: no text, but how many claims were annotated in it. */
public record ArticleSummary(UUID id, UUID projectId, String title, String publisher, LocalDate publishedOn, Instant importedAt,
                             long claimCount) {
}
