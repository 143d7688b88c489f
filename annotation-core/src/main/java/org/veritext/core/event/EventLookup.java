package org.veritext.core.event;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Gives other domain services the events they link to. It checks no user: callers have checked already. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class EventLookup {

    private final EventRepository events;

    EventLookup(EventRepository events) {
        this.events = events;
    }

    public boolean exists(UUID eventId) {
        return events.existsById(eventId);
    }

    public Event require(UUID eventId) {
        return events.findById(eventId).orElseThrow(EventService::notFound);
    }

    public List<Event> requireAll(Collection<UUID> eventIds) {
        return eventIds.stream().map(this::require).toList();
    }
}
