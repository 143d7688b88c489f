package org.veritext.core.event;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.actor.Actor;
import org.veritext.core.actor.ActorReferences;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/** Events' participants, moved from one actor to another when the two are merged. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class EventActorReferences implements ActorReferences {

    private final EventRepository events;
    private final UserLookup users;
    private final ChangeLog changeLog;
    private final Clock clock;

    EventActorReferences(EventRepository events, UserLookup users, ChangeLog changeLog, Clock clock) {
        this.events = events;
        this.users = users;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @Override
    public void moveReferences(Actor absorbed, Actor kept, SignedInUser by) {
        for (Event event : events.findWithParticipant(absorbed)) {
            if (event.replaceParticipant(absorbed, kept, users.reference(by), clock.instant())) {
                changeLog.record(ChangeKind.EVENT_CHANGED, by.id(), event.getId(), null, () -> EventDetails.of(event));
            }
        }
    }
}
