package org.veritext.app.ui.event;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.UUID;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.core.event.EventRef;
import org.veritext.core.event.EventService;

/**
 * Chooses an event by typing the start of its title or of a word in it ({@link EventService#complete}); the event
 * being edited is left out, so that it is never offered as part of itself.
 */
class EventPicker extends ComboBox<EventRef> {

    private UUID excluded;

    EventPicker(String label, EventService events) {
        super(label);
        setItems(query -> events.complete(query.getFilter().orElse(""), query.getOffset() + query.getLimit() + 1)
                .stream()
                .filter(event -> !event.id().equals(excluded))
                .skip(query.getOffset())
                .limit(query.getLimit()));
        setItemLabelGenerator(EventPicker::label);
        setClearButtonVisible(true);
        setPlaceholder("Type a title");
    }

    void exclude(UUID eventId) {
        this.excluded = eventId;
    }

    /** The title, and when it started if known: two rounds of talks often share a title. */
    static String label(EventRef event) {
        return event.startsOn() == null ? event.title()
                : event.title() + " (" + LocalTimes.format(event.startsOn()) + ")";
    }
}
