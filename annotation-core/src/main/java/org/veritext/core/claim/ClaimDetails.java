package org.veritext.core.claim;

import java.time.Instant;
import java.util.UUID;

/** A claim as views show it. {@code version} goes back with an edit so that a stale edit is refused. */
public record ClaimDetails(UUID id, UUID articleId, int start, int end, String quote, String prefix, String suffix,
                        String restatement, String createdBy, Instant createdAt, String modifiedBy,
                        Instant modifiedAt, long version) {

    static ClaimDetails of(Claim claim) {
        TextAnchor anchor = claim.getAnchor();
        return new ClaimDetails(claim.getId(), claim.getArticle().getId(), anchor.start(), anchor.end(), anchor.quote(),
                anchor.prefix(), anchor.suffix(), claim.getRestatement(), claim.getCreatedBy(), claim.getCreatedAt(),
                claim.getModifiedBy(), claim.getModifiedAt(), claim.getVersion());
    }
}
