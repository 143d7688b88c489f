package org.veritext.app.ui.article;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.event.EventDetails;
import org.veritext.core.event.EventDraft;
import org.veritext.core.event.EventRef;
import org.veritext.core.event.EventService;
import org.veritext.core.event.EventType;
import org.veritext.core.event.EventTypeGuess;

/** A new event from the claim editor, without leaving it: the typed title, its kind and start date, Enter. */
class QuickEventDialog extends Dialog {

    private final EventService events;
    private final Consumer<EventRef> onCreated;
    private final TextField title = new TextField("Title");
    private final Select<EventType> type = new Select<>();
    private final DatePicker startsOn = new DatePicker("Started on (if known)");
    private boolean typeChosen;

    QuickEventDialog(EventService events, String typedTitle, Consumer<EventRef> onCreated) {
        this.events = events;
        this.onCreated = onCreated;
        setId("quick-event");
        setHeaderTitle("New event");
        title.setId("quick-event-title");
        title.setValue(typedTitle == null ? "" : typedTitle.strip());
        title.setWidthFull();
        type.setId("quick-event-type");
        type.setLabel("Kind");
        type.setItems(EventType.values());
        type.setItemLabelGenerator(EventType::label);
        type.setValue(EventTypeGuess.of(title.getValue()));
        // The kind follows the title until the fact-checker picks one himself.
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.addValueChangeListener(typed -> {
            if (!typeChosen) {
                type.setValue(EventTypeGuess.of(typed.getValue()));
            }
        });
        type.addValueChangeListener(chosen -> typeChosen |= chosen.isFromClient());
        startsOn.setId("quick-event-starts");
        add(title, type, startsOn);

        Button create = new Button("Create", click -> create());
        create.setId("quick-event-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), create);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                title.focus();
            }
        });
    }

    private void create() {
        try {
            EventDetails created = events.create(new EventDraft(title.getValue(), type.getValue(), startsOn.getValue(),
                    null, "", "", null, List.of()));
            onCreated.accept(created.ref());
            Notifications.success("Event created: " + created.title() + ".");
            close();
        } catch (DomainException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
