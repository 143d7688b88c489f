package org.veritext.app.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.veritext.app.ui.actor.ActorPicker;
import org.veritext.app.ui.common.OverLengthWarning;
import org.veritext.core.actor.ActorService;
import org.veritext.core.event.EventDetails.ParticipantDetails;
import org.veritext.core.event.EventDraft.ParticipantDraft;
import org.veritext.core.event.EventLimits;
import org.veritext.core.text.TextNormaliser;

/** The actors taking part in an event, one row each: who (an actor from the catalog), in what role, remove. */
class ParticipantsEditor extends Div {

    private final ActorService actors;
    private final Div rows = new Div();
    private final List<Row> shown = new ArrayList<>();

    ParticipantsEditor(ActorService actors) {
        this.actors = actors;
        setId("event-participants");
        addClassName("participants-editor");
        Span label = new Span("Participants");
        label.addClassName("participants-label");
        rows.addClassName("participant-rows");
        Button add = new Button("Add participant", VaadinIcon.PLUS.create(), click -> addRow(null, "").focus());
        add.setId("add-participant");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(label, rows, add);
    }

    void setParticipants(List<ParticipantDetails> participants) {
        rows.removeAll();
        shown.clear();
        participants.forEach(participant -> addRow(participant, participant.role()));
    }

    /** The rows with an actor chosen, in order; a row left without one is no participant. */
    List<ParticipantDraft> participants() {
        return shown.stream().filter(row -> row.actor.getValue() != null)
                .map(row -> new ParticipantDraft(row.actor.getValue().id(), row.role.getValue())).toList();
    }

    private ActorPicker addRow(ParticipantDetails participant, String role) {
        Row row = new Row(participant, role);
        shown.add(row);
        rows.add(row);
        return row.actor;
    }

    private final class Row extends Div {

        private final ActorPicker actor = new ActorPicker(null, actors);
        private final TextField role = new TextField();

        Row(ParticipantDetails participant, String roleText) {
            addClassName("participant-row");
            actor.addClassName("participant-actor");
            actor.setAriaLabel("Participant");
            if (participant != null) {
                actor.setValue(participant.actor());
            }
            role.addClassName("participant-role");
            role.setPlaceholder("Role, e.g. host, delegation, mediator");
            role.setAriaLabel("Role");
            role.setValue(roleText == null ? "" : roleText);
            OverLengthWarning.watch(role, EventLimits.ROLE, TextNormaliser::normaliseLine);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                shown.remove(this);
                rows.remove(this);
            });
            remove.addClassName("participant-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel("Remove this participant");
            remove.setTooltipText("Remove this participant");
            add(actor, role, remove);
        }
    }
}
