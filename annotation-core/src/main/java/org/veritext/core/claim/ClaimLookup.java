package org.veritext.core.claim;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.access.ClaimFacts;

/**
 * Tells other domain services (comments, history) what they need of a claim to check and notify. It checks no user:
 * callers check with the access policy before they show or change anything.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ClaimLookup {

    private final ClaimRepository claims;

    ClaimLookup(ClaimRepository claims) {
        this.claims = claims;
    }

    public Optional<ClaimParties> find(UUID claimId) {
        return claims.findById(claimId).map(claim -> new ClaimParties(claim.getId(), claim.getArticle().getId(),
                claim.facts(), claim.getReviewer() == null ? null : claim.getReviewer().getId(),
                claim.getAnchor().quote()));
    }

    /** A claim's place and people: its article, the facts access is decided on, its reviewer if one was asked. */
    public record ClaimParties(UUID claimId, UUID articleId, ClaimFacts facts, UUID reviewerId, String quote) {

        public UUID projectId() {
            return facts.projectId();
        }
    }
}
