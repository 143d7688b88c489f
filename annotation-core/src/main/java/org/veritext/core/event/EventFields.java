package org.veritext.core.event;

import java.time.LocalDate;
import org.veritext.core.DomainException;
import org.veritext.core.text.FieldText;
import org.veritext.core.text.LengthLimit;

/** An event's own fields, checked and cleaned (its links, to a parent event and to actors, are checked apart). */
record EventFields(String title, EventType type, LocalDate startsOn, LocalDate endsOn, String place,
                   String description) {

    static final LengthLimit TITLE = EventLimits.TITLE;
    static final LengthLimit PLACE = EventLimits.PLACE;
    static final LengthLimit DESCRIPTION = EventLimits.DESCRIPTION;
    static final LengthLimit ROLE = EventLimits.ROLE;

    static EventFields of(EventDraft draft) {
        String title = FieldText.requiredLine(draft.title(), TITLE, "Give the event a title.");
        if (draft.type() == null) {
            throw new DomainException("Choose what kind of event this is: talks, a military action, an exchange or "
                    + "agreement, a statement, an election, or other.");
        }
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            throw new DomainException("The event ends before it starts. Check the dates.");
        }
        return new EventFields(title, draft.type(), draft.startsOn(), draft.endsOn(),
                FieldText.optionalLine(draft.place(), PLACE), FieldText.optionalText(draft.description(), DESCRIPTION));
    }
}
