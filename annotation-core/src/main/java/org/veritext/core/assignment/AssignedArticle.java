package org.veritext.core.assignment;

import java.time.Instant;
import java.util.UUID;

/** An article the signed-in user is asked to annotate or review, as his home page lists it. */
public record AssignedArticle(UUID articleId, String articleTitle, UUID projectId, Duty duty, Instant assignedAt) {
}
