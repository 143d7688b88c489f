package org.veritext.core.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.veritext.core.review.ReviewState;

/**
 * What a claim said at one change of its history, read back from the change log: the content a manager can
 * restore, and what history compares. States written before a field existed read as that field's default.
 */
public record ClaimSnapshot(String restatement, Verdict verdict, String rationale, List<Evidence> evidence,
                            List<String> tags, List<Link> actors, List<Named> events, ReviewState reviewState,
                            Named reviewer, Long restoredFrom, UUID repeatOf) {

    /** A claim as it is before its first change: what the first change of its history is compared with. */
    static final ClaimSnapshot NEW = new ClaimSnapshot("", Verdict.NOT_YET_RATED, "", List.of(), List.of(), List.of(),
            List.of(), ReviewState.DRAFT, null, null, null);

    /** An actor linked in a role, by id and the name it had then. */
    public record Link(UUID id, String name, ActorRole role) {
    }

    /** An event, or a person, by id and the name or title it had then. */
    public record Named(UUID id, String name) {
    }

    /** Whether the two say the same: same text, verdict, sources, tags and links (the review state aside). */
    public boolean sameContentAs(ClaimSnapshot other) {
        return other != null && Objects.equals(restatement, other.restatement) && verdict == other.verdict
                && Objects.equals(rationale, other.rationale) && Objects.equals(evidence, other.evidence)
                && new HashSet<>(tags).equals(new HashSet<>(other.tags))
                && linkKeys(actors).equals(linkKeys(other.actors))
                && events.stream().map(Named::id).collect(Collectors.toSet())
                        .equals(other.events.stream().map(Named::id).collect(Collectors.toSet()));
    }

    private static Set<String> linkKeys(List<Link> links) {
        return links.stream().map(link -> link.id() + "/" + link.role()).collect(Collectors.toSet());
    }

    /**
     * The edit that puts this content back. Actors and events that no longer exist cannot be linked again: their
     * names go to {@code leftOut}.
     */
    ClaimEdit toEdit(Predicate<UUID> actorExists, Predicate<UUID> eventExists, List<String> leftOut) {
        List<ClaimEdit.ActorLinkDraft> links = new ArrayList<>();
        for (Link link : actors) {
            if (actorExists.test(link.id())) {
                links.add(new ClaimEdit.ActorLinkDraft(link.id(), link.role()));
            } else {
                leftOut.add(link.name());
            }
        }
        List<UUID> eventIds = new ArrayList<>();
        for (Named event : events) {
            if (eventExists.test(event.id())) {
                eventIds.add(event.id());
            } else {
                leftOut.add(event.name());
            }
        }
        return new ClaimEdit(restatement, verdict, rationale,
                evidence.stream().map(e -> new ClaimEdit.EvidenceDraft(e.url(), e.note())).toList(), tags, links,
                eventIds);
    }
}
