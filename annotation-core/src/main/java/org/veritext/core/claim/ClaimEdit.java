package org.veritext.core.claim;

import java.util.List;
import java.util.UUID;

/**
 * Everything of a claim a fact-checker edits, as the editor hands it in: nothing checked yet. Its place in the
 * text never changes after creation.
 */
public record ClaimEdit(String restatement, Verdict verdict, String rationale, List<EvidenceDraft> evidence,
                        List<String> tags, List<ActorLinkDraft> actors, List<UUID> eventIds) {

    /** The edit that changes nothing of {@code claim}: start from it, change what the user changed. */
    public static ClaimEdit of(ClaimDetails claim) {
        return new ClaimEdit(claim.restatement(), claim.verdict(), claim.rationale(),
                claim.evidence().stream().map(e -> new EvidenceDraft(e.url(), e.note())).toList(), claim.tags(),
                claim.actors().stream().map(a -> new ActorLinkDraft(a.actor().id(), a.role())).toList(),
                claim.events().stream().map(e -> e.id()).toList());
    }

    public ClaimEdit withRestatement(String newRestatement) {
        return new ClaimEdit(newRestatement, verdict, rationale, evidence, tags, actors, eventIds);
    }

    public ClaimEdit withVerdict(Verdict newVerdict, String newRationale) {
        return new ClaimEdit(restatement, newVerdict, newRationale, evidence, tags, actors, eventIds);
    }

    public ClaimEdit withActors(List<ActorLinkDraft> newActors) {
        return new ClaimEdit(restatement, verdict, rationale, evidence, tags, newActors, eventIds);
    }

    public ClaimEdit withEvents(List<UUID> newEventIds) {
        return new ClaimEdit(restatement, verdict, rationale, evidence, tags, actors, newEventIds);
    }

    /** A source as typed: an address and a note on what it shows. */
    public record EvidenceDraft(String url, String note) {
    }

    /** An actor to link, in a role. */
    public record ActorLinkDraft(UUID actorId, ActorRole role) {
    }
}
