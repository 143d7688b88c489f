package org.veritext.core.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.user.Person;

/** An event as its page and its form show it. {@code version} goes back with an edit. */
public record EventDetails(UUID id, String title, EventType type, LocalDate startsOn, LocalDate endsOn, String place,
                           String description, EventRef partOf, List<ParticipantDetails> participants,
                           Person createdBy, Instant createdAt, Person modifiedBy, Instant modifiedAt, long version) {

    static EventDetails of(Event event) {
        return new EventDetails(event.getId(), event.getTitle(), event.getType(), event.getStartsOn(),
                event.getEndsOn(), event.getPlace(), event.getDescription(),
                event.getPartOf() == null ? null : EventRef.of(event.getPartOf()),
                event.getParticipants().stream()
                        .map(p -> new ParticipantDetails(ActorRef.of(p.getActor()), p.getRole())).toList(),
                Person.of(event.getCreatedBy()), event.getCreatedAt(), Person.of(event.getModifiedBy()),
                event.getModifiedAt(), event.getVersion());
    }

    public EventRef ref() {
        return new EventRef(id, title, type, startsOn);
    }

    public record ParticipantDetails(ActorRef actor, String role) {
    }
}
