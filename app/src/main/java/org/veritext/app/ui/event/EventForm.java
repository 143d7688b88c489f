package org.veritext.app.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.function.Consumer;
import org.veritext.app.ui.common.FormProblem;
import org.veritext.app.ui.common.OverLengthWarning;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.actor.ActorService;
import org.veritext.core.event.EventDetails;
import org.veritext.core.event.EventDraft;
import org.veritext.core.event.EventLimits;
import org.veritext.core.event.EventService;
import org.veritext.core.event.EventType;
import org.veritext.core.text.TextNormaliser;

/**
 * Creates an event, or changes one: what, when (either date may be unknown), where, what it is part of, and who took
 * part in what role. Whatever the service refuses is said at the top of the form, and the typed values stay.
 */
class EventForm extends Dialog {

    private final EventService events;
    private final EventDetails editing;
    private final Consumer<EventDetails> onSaved;

    private final TextField title = new TextField("Title");
    private final Select<EventType> type = new Select<>();
    private final DatePicker starts = datePicker("Starts on", "event-starts");
    private final DatePicker ends = datePicker("Ends on", "event-ends");
    private final TextField place = new TextField("Place");
    private final TextArea description = new TextArea("Description");
    private final EventPicker partOf;
    private final ParticipantsEditor participants;
    private final FormProblem problem = new FormProblem("event-form-problem");

    EventForm(EventService events, ActorService actors, EventDetails editing, Consumer<EventDetails> onSaved) {
        this.events = events;
        this.editing = editing;
        this.onSaved = onSaved;
        this.partOf = new EventPicker("Part of", events);
        this.participants = new ParticipantsEditor(actors);
        setId("event-form");
        setHeaderTitle(editing == null ? "New event" : "Edit event");
        setWidth("min(48rem, 96vw)");
        setCloseOnOutsideClick(false); // a stray click must not throw the typed form away

        configureFields();
        FormLayout form = new FormLayout(title, type, place, starts, ends, partOf, description, participants);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(title, 2);
        form.setColspan(partOf, 2);
        form.setColspan(description, 2);
        form.setColspan(participants, 2);
        add(problem, form);

        Button save = new Button(editing == null ? "Create" : "Save", click -> save());
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("event-cancel");
        getFooter().add(cancel, save);
        if (editing != null) {
            fill(editing);
        }
    }

    private void configureFields() {
        // No maxLength anywhere: the browser would cut a long paste silently. Too long is shown, and refused.
        title.setId("event-title");
        title.setRequired(true);
        OverLengthWarning.watch(title, EventLimits.TITLE, TextNormaliser::normaliseLine);
        type.setId("event-type");
        type.setLabel("Type");
        type.setItems(EventType.values());
        type.setItemLabelGenerator(EventType::label);
        type.setPlaceholder("Choose");
        type.setRequiredIndicatorVisible(true);
        place.setId("event-place");
        OverLengthWarning.watch(place, EventLimits.PLACE, TextNormaliser::normaliseLine);
        description.setId("event-description");
        description.setMinHeight("5rem");
        OverLengthWarning.watch(description, EventLimits.DESCRIPTION, TextNormaliser::normalise);
        partOf.setId("event-part-of");
        partOf.setHelperText("The larger event this one belongs to, e.g. a round of talks in a peace process");
        partOf.exclude(editing == null ? null : editing.id());
    }

    private static DatePicker datePicker(String label, String id) {
        DatePicker picker = new DatePicker(label);
        picker.setId(id);
        picker.setLocale(Locale.UK);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormats("d/M/yyyy", "yyyy-MM-dd")
                .setBadInputErrorMessage("Type the date as day/month/year, e.g. 2/6/2025, or pick it."));
        picker.setPlaceholder("d/m/yyyy");
        picker.setHelperText("Leave empty if not known");
        picker.setClearButtonVisible(true);
        return picker;
    }

    private void fill(EventDetails event) {
        title.setValue(event.title());
        type.setValue(event.type());
        starts.setValue(event.startsOn());
        ends.setValue(event.endsOn());
        place.setValue(event.place());
        description.setValue(event.description());
        partOf.setValue(event.partOf());
        participants.setParticipants(event.participants());
    }

    private void save() {
        problem.clear();
        if (starts.isInvalid() || ends.isInvalid()) {
            // An unreadable date reaches us as no date: saving it would drop what was typed.
            problem.show("A date cannot be read. Type it as day/month/year, e.g. 2/6/2025, pick it from the "
                    + "calendar, or clear the field if the date is not known.");
            return;
        }
        EventDraft draft = new EventDraft(title.getValue(), type.getValue(), starts.getValue(), ends.getValue(),
                place.getValue(), description.getValue(), partOf.getValue() == null ? null : partOf.getValue().id(),
                participants.participants());
        try {
            EventDetails saved = editing == null ? events.create(draft)
                    : events.update(editing.id(), editing.version(), draft);
            close();
            Notifications.success(editing == null ? "Event created." : "Event saved.");
            onSaved.accept(saved);
        } catch (DomainException refused) {
            problem.show(refused.getMessage());
        }
    }
}
