package org.veritext.app.ui.article;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.core.event.EventRef;
import org.veritext.core.event.EventService;

/** Links events: finds them as you type, and creates a new one from what was typed when none matches (Enter). */
class EventPicker extends MultiSelectComboBox<EventRef> {

    private static final int SHOWN = 20;

    EventPicker(EventService events) {
        super("Event");
        setId("claim-event");
        setWidthFull();
        setAutoExpand(AutoExpandMode.VERTICAL); // every chosen name whole, on as many rows as it takes
        setItemLabelGenerator(event -> event.startsOn() == null ? event.title()
                : event.title() + " \u00B7 " + LocalTimes.format(event.startsOn()));
        setItems(query -> query.getOffset() > 0 ? Stream.empty()
                : events.complete(query.getFilter().orElse(""), Math.min(query.getLimit(), SHOWN)).stream());
        setAllowCustomValue(true);
        // One pick is the usual case: close the list at once, so the next click or key is not swallowed by it.
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                closeList();
            }
        });
        setPlaceholder("Type an event; Enter adds a new one");

        addCustomValueSetListener(typed -> TypedName.bestMatch(typed.getDetail(),
                        events.complete(typed.getDetail(), 5), EventRef::title)
                .ifPresentOrElse(this::add, () -> new QuickEventDialog(events, typed.getDetail(), this::add).open()));
    }

    void add(EventRef event) {
        Set<EventRef> selected = new LinkedHashSet<>(getSelectedItems());
        selected.add(event);
        setValue(selected);
        closeList();
        PickerFocus.returnUnlessMovedOn(this);
    }

    /** Closes the list and clears what was typed, leaving the chosen names as chips. */
    private void closeList() {
        getElement().executeJs("this.opened = false; this.filter = '';");
    }
}
