package org.veritext.core.claim;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.anchor.TextAnchor;
import org.veritext.core.event.EventRef;
import org.veritext.core.user.Person;
import org.veritext.core.user.UserAccount;
import org.veritext.core.access.ClaimFacts;
import org.veritext.core.review.ReviewState;

/**
 * A claim as views show it. {@code version} goes back with an edit so that a stale edit is refused.
 * {@code repeatOf} is the earlier claim it was marked as a repeat of, or null (see {@link ClaimService#repeats}).
 */
public record ClaimDetails(UUID id, UUID articleId, UUID projectId, int start, int end, String quote, String prefix,
                           String suffix, String restatement, Verdict verdict, String rationale,
                           List<Evidence> evidence, List<String> tags, List<LinkedActor> actors, List<EventRef> events,
                           ReviewState reviewState, Person reviewer, Person stateChangedBy, Instant stateChangedAt,
                           Person createdBy, Instant createdAt, Person modifiedBy, Instant modifiedAt, long version,
                           UUID repeatOf) {

    private static final Comparator<LinkedActor> BY_ROLE_THEN_NAME = Comparator
            .comparing((LinkedActor link) -> link.role().ordinal())
            .thenComparing(link -> link.actor().name(), String.CASE_INSENSITIVE_ORDER);

    static ClaimDetails of(Claim claim) {
        TextAnchor anchor = claim.getAnchor();
        return new ClaimDetails(claim.getId(), claim.getArticle().getId(), claim.getArticle().getProjectId(),
                anchor.start(), anchor.end(), anchor.quote(),
                anchor.prefix(), anchor.suffix(), claim.getRestatement(), claim.getVerdict(), claim.getRationale(),
                claim.getEvidence(), claim.getTags().stream().sorted().toList(),
                claim.getActorLinks().stream()
                        .map(link -> new LinkedActor(ActorRef.of(link.getActor()), link.getRole()))
                        .sorted(BY_ROLE_THEN_NAME).toList(),
                claim.getEvents().stream().map(EventRef::of)
                        .sorted(Comparator.comparing(EventRef::title, String.CASE_INSENSITIVE_ORDER)).toList(),
                claim.getReviewState(), personOrNull(claim.getReviewer()), personOrNull(claim.getStateChangedBy()),
                claim.getStateChangedAt(), Person.of(claim.getCreatedBy()), claim.getCreatedAt(), Person.of(claim.getModifiedBy()),
                claim.getModifiedAt(), claim.getVersion(), claim.getRepeatOfId());
    }

    private static Person personOrNull(UserAccount account) {
        return account == null ? null : Person.of(account);
    }

    /** What the access policy decides on: ask it which actions to offer. */
    public ClaimFacts facts() {
        return new ClaimFacts(projectId, reviewState, createdBy.id(), modifiedBy.id());
    }

    /** The actors linked in one role, by name. */
    public List<ActorRef> actorsIn(ActorRole role) {
        return actors.stream().filter(link -> link.role() == role).map(LinkedActor::actor).toList();
    }

    /** An actor linked to a claim, and how. */
    public record LinkedActor(ActorRef actor, ActorRole role) {
    }
}
