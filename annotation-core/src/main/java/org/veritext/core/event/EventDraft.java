package org.veritext.core.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An event as a user hands it in: nothing checked yet. Only the title and the type are required; either date may
 * be unknown.
 *
 * @param partOfId the event this one is part of (a round of talks → the peace process), or null
 */
public record EventDraft(String title, EventType type, LocalDate startsOn, LocalDate endsOn, String place,
                         String description, UUID partOfId, List<ParticipantDraft> participants) {

    public static EventDraft of(String title, EventType type) {
        return new EventDraft(title, type, null, null, "", "", null, List.of());
    }

    /** An actor taking part, in a role such as "host" or "delegation". */
    public record ParticipantDraft(UUID actorId, String role) {
    }
}
