package org.veritext.core.access;

import java.util.UUID;
import org.veritext.core.review.ReviewState;

/**
 * What the access policy needs to know of a claim: its project, its review state, who made it and who last
 * changed its content (four eyes: neither of them may decide on it).
 */
public record ClaimFacts(UUID projectId, ReviewState state, UUID createdBy, UUID lastEditedBy) {
}
