package org.veritext.core.event;

import java.time.LocalDate;
import org.veritext.core.DomainException;
import org.veritext.core.text.FieldText;
import org.veritext.core.text.LengthLimit;

/** An event's own fields, checked and cleaned (its links, to a parent event and to actors, are checked apart). */
record EventFields(String title, EventType type, LocalDate startsOn, LocalDate endsOn, String place,
                   String description) {

    static final LengthLimit TITLE = new LengthLimit("The title", 300, "Shorten it.");
    static final LengthLimit PLACE = new LengthLimit("The place", 200, "Shorten it.");
    static final LengthLimit DESCRIPTION = new LengthLimit("The description", 2000, "Keep it to a few sentences.");
    static final LengthLimit ROLE = new LengthLimit("A participant's role", 100, "Shorten it.");

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
