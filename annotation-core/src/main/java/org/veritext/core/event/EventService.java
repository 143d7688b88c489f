package org.veritext.core.event;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.NotFoundException;
import org.veritext.core.actor.ActorLookup;
import org.veritext.core.catalog.CatalogEntry;
import org.veritext.core.catalog.EntryKind;
import org.veritext.core.catalog.NameCatalog;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.text.FieldText;
import org.veritext.core.text.LikePattern;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.user.Person;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/** The door to events: creating and changing them (never part of themselves), finding them, their sub-events. */
@Service
@Transactional
public class EventService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startsOn").nullsLast(), Sort.Order.asc("title"));

    private final EventRepository events;
    private final ActorLookup actors;
    private final NameCatalog catalog;
    private final Access access;
    private final UserLookup users;
    private final ChangeLog changeLog;
    private final Clock clock;

    EventService(EventRepository events, ActorLookup actors, NameCatalog catalog, Access access,
                 UserLookup users, ChangeLog changeLog, Clock clock) {
        this.events = events;
        this.actors = actors;
        this.catalog = catalog;
        this.access = access;
        this.users = users;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public EventDetails create(EventDraft draft) {
        SignedInUser user = access.require(Permission.EDIT_CATALOG);
        EventFields fields = EventFields.of(draft);
        Event event = events.saveAndFlush(Event.create(fields, partOf(draft, null), participants(draft), users.reference(user),
                clock.instant()));
        changeLog.record(ChangeKind.EVENT_CREATED, user.id(), event.getId(), null, () -> EventDetails.of(event));
        return EventDetails.of(event);
    }

    /** Changes an event, if nobody else changed it since {@code seenVersion}. */
    public EventDetails update(UUID eventId, long seenVersion, EventDraft draft) {
        SignedInUser user = access.require(Permission.EDIT_CATALOG);
        Event event = require(eventId);
        if (event.getVersion() != seenVersion) {
            throw conflict(Person.of(event.getModifiedBy()).name());
        }
        EventFields fields = EventFields.of(draft);
        event.change(fields, partOf(draft, event), participants(draft), users.reference(user), clock.instant());
        try {
            events.flush();
        } catch (ObjectOptimisticLockingFailureException concurrentSave) {
            throw conflict("someone else");
        }
        changeLog.record(ChangeKind.EVENT_CHANGED, user.id(), eventId, null, () -> EventDetails.of(event));
        return EventDetails.of(event);
    }

    @Transactional(readOnly = true)
    public EventDetails get(UUID eventId) {
        access.require(Permission.READ_CATALOG);
        return EventDetails.of(require(eventId));
    }

    /** Events whose title contains {@code filter} (any case; blank means all), most recent first. */
    @Transactional(readOnly = true)
    public Page<EventDetails> list(String filter, Pageable page) {
        access.require(Permission.READ_CATALOG);
        Pageable ordered = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
        return events.findByTitleContaining(LikePattern.contains(filter), ordered).map(EventDetails::of);
    }

    /** The events that are part of this one (rounds of talks in a process), earliest first. */
    @Transactional(readOnly = true)
    public List<EventRef> parts(UUID eventId) {
        access.require(Permission.READ_CATALOG);
        return events.findParts(require(eventId)).stream().map(EventRef::of).toList();
    }

    /** Events for a combo box: those with a title or a word of one starting with what was typed. */
    @Transactional(readOnly = true)
    public List<EventRef> complete(String typed, int limit) {
        access.require(Permission.READ_CATALOG);
        List<EventRef> found = new ArrayList<>();
        for (CatalogEntry entry : catalog.complete(EntryKind.EVENT, typed, limit)) {
            events.findById(entry.id()).map(EventRef::of).ifPresent(found::add);
        }
        return found;
    }

    private Event require(UUID eventId) {
        return events.findById(eventId).orElseThrow(EventService::notFound);
    }

    /** The parent event named by the draft; it must exist, and must not be the event itself or one of its parts. */
    private Event partOf(EventDraft draft, Event event) {
        if (draft.partOfId() == null) {
            return null;
        }
        Event parent = events.findById(draft.partOfId()).orElseThrow(() -> new NotFoundException(
                "The event chosen as \u201Cpart of\u201D does not exist any more. Choose another."));
        Set<UUID> seen = new HashSet<>();
        for (Event up = parent; up != null && seen.add(up.getId()); up = up.getPartOf()) {
            if (event != null && up.getId().equals(event.getId())) {
                throw new DomainException(up == parent
                        ? "An event cannot be part of itself."
                        : "That would make a circle: " + parent.getTitle() + " is already part of " + event.getTitle()
                        + ". An event can only be part of a larger one.");
            }
        }
        return parent;
    }

    private List<Participant> participants(EventDraft draft) {
        List<Participant> participants = new ArrayList<>();
        for (EventDraft.ParticipantDraft participant : draft.participants() == null
                ? List.<EventDraft.ParticipantDraft>of() : draft.participants()) {
            if (participant.actorId() == null) {
                continue;
            }
            String role = FieldText.optionalLine(participant.role(), EventFields.ROLE);
            participants.add(new Participant(actors.require(participant.actorId()), role));
        }
        return participants;
    }

    private static EditConflictException conflict(String by) {
        return new EditConflictException("This event was changed by " + by
                + " since you opened it. Your change was not saved; reload to see theirs.");
    }

    static NotFoundException notFound() {
        return new NotFoundException("This event does not exist any more.");
    }
}
