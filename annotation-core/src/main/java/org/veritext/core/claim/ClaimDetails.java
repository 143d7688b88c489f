package org.veritext.core.claim;

import java.time.Instant;
import java.util.UUID;
import org.veritext.core.user.Person;

/** A claim as views show it. {@code version} goes back with an edit so that a stale edit is refused. */
public record ClaimDetails(UUID id, UUID articleId, int start, int end, String quote, String prefix, String suffix,
                        String restatement, Person createdBy, Instant createdAt, Person modifiedBy,
                        Instant modifiedAt, long version) {

    static ClaimDetails of(Claim claim) {
        TextAnchor anchor = claim.getAnchor();
        return new ClaimDetails(claim.getId(), claim.getArticle().getId(), anchor.start(), anchor.end(), anchor.quote(),
                anchor.prefix(), anchor.suffix(), claim.getRestatement(), Person.of(claim.getCreatedBy()), claim.getCreatedAt(),
                Person.of(claim.getModifiedBy()), claim.getModifiedAt(), claim.getVersion());
    }
}
