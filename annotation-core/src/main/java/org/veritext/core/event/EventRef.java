package org.veritext.core.event;

import java.time.LocalDate;
import java.util.UUID;

/** An event as a link shows it: what, and when it started if known. */
public record EventRef(UUID id, String title, EventType type, LocalDate startsOn) {

    public static EventRef of(Event event) {
        return new EventRef(event.getId(), event.getTitle(), event.getType(), event.getStartsOn());
    }
}
