package org.veritext.core.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.veritext.core.review.ReviewState;

/**
 * A claim with everything a derived store (the search index) keeps beside it: its article's fields, and the names
 * (with every alias) of the actors and events it links to, so that a search for any spelling finds it; and the
 * earlier claim it repeats, if any.
 */
public record ClaimDigest(UUID claimId, UUID articleId, UUID projectId, String quote, String restatement,
                          String articleTitle, String publisher, LocalDate publishedOn, UUID createdById,
                          String createdBy, Instant createdAt, Instant modifiedAt, Verdict verdict,
                          ReviewState reviewState, String rationale, List<String> tags, List<ActorDigest> actors,
                          List<EventDigest> events, UUID repeatOfId) {

    static ClaimDigest of(Claim claim) {
        return new ClaimDigest(claim.getId(), claim.getArticle().getId(), claim.getArticle().getProjectId(),
                claim.getAnchor().quote(), claim.getRestatement(), claim.getArticle().getTitle(),
                claim.getArticle().getPublisher(), claim.getArticle().getPublishedOn(), claim.getCreatedBy().getId(),
                claim.getCreatedBy().getDisplayName(), claim.getCreatedAt(), claim.getModifiedAt(),
                claim.getVerdict(), claim.getReviewState(), claim.getRationale(),
                claim.getTags().stream().sorted().toList(),
                claim.getActorLinks().stream().map(link -> new ActorDigest(link.getActor().getId(), link.getRole(),
                        link.getActor().allNames())).toList(),
                claim.getEvents().stream().map(event -> new EventDigest(event.getId(), event.getTitle())).toList(),
                claim.getRepeatOfId());
    }

    /** An actor linked to the claim: in which role, and every name he goes by. */
    public record ActorDigest(UUID id, ActorRole role, List<String> names) {
    }

    /** An event the claim is about. */
    public record EventDigest(UUID id, String title) {
    }
}
