package org.veritext.app.ui.article;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.veritext.app.ui.common.OverLengthWarning;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.actor.ActorService;
import org.veritext.core.claim.ClaimLimits;
import org.veritext.core.claim.Evidence;
import org.veritext.core.claim.Verdict;
import org.veritext.core.event.EventService;
import org.veritext.core.text.TextNormaliser;

/**
 * The fields of a claim a fact-checker edits: restatement; claimant, event and subject (found as you type, created
 * inline); verdict and rationale; sources; tags. It holds values only: what they belong to, and saving them, is the
 * {@link ClaimEditor}'s business. Read-only means read-only: nothing can be typed, added or removed.
 */
class ClaimForm extends Div {

    private final TextArea restatement = new TextArea("Restatement");
    private final ActorPicker claimants;
    private final ActorPicker subjects;
    private final EventPicker events;
    private final Select<Verdict> verdict = new Select<>();
    private final TextArea rationale = new TextArea("Rationale");
    private final EvidenceRows evidence = new EvidenceRows();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");

    ClaimForm(ActorService actorService, EventService eventService) {
        addClassName("claim-form");
        restatement.setId("claim-restatement");
        restatement.setWidthFull();
        restatement.setHelperText("The claim in checkable form: who says what, about what, when.");
        // Every keystroke reaches the server: what is typed is never mistaken for "no edits" when a colleague's
        // change arrives, and Ctrl+Enter saves exactly what is in the field.
        restatement.setValueChangeMode(ValueChangeMode.EAGER);
        OverLengthWarning.watch(restatement, ClaimLimits.RESTATEMENT, TextNormaliser::normaliseLine); // never maxLength

        claimants = new ActorPicker("Claimant", "claim-claimant", actorService);
        subjects = new ActorPicker("Subject", "claim-subject", actorService);
        events = new EventPicker(eventService);

        verdict.setId("claim-verdict");
        verdict.setLabel("Verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(Verdict::label);
        verdict.setEmptySelectionAllowed(false);
        rationale.setId("claim-rationale");
        rationale.setWidthFull();
        rationale.setValueChangeMode(ValueChangeMode.EAGER);
        rationale.setHelperText("Why this verdict; required for every verdict but \u201Cnot yet rated\u201D.");
        OverLengthWarning.watch(rationale, ClaimLimits.RATIONALE, TextNormaliser::normalise);

        tags.setId("claim-tags");
        tags.setWidthFull();
        tags.setAllowCustomValue(true);
        tags.setPlaceholder("Type a tag, Enter");
        tags.addCustomValueSetListener(typed -> {
            Set<String> chosen = new LinkedHashSet<>(tags.getSelectedItems());
            String tag = typed.getDetail().strip().replaceFirst("^#+", "").toLowerCase(Locale.ROOT);
            if (!tag.isEmpty()) {
                chosen.add(tag);
                tags.setItems(chosen);
                tags.select(chosen);
            }
        });

        // Claimant, then event: the two links every claim needs, one Tab apart.
        Div links = new Div(claimants, events, subjects);
        links.addClassName("claim-links");
        Div rating = new Div(verdict, rationale);
        rating.addClassName("claim-rating");
        add(restatement, links, rating, evidence, tags);
    }

    /** Puts values in the fields; they replace what was there (a multi-select's select() would add to it). */
    void fill(ClaimContent content) {
        restatement.setValue(content.restatement());
        claimants.setValue(new LinkedHashSet<>(content.claimants()));
        subjects.setValue(new LinkedHashSet<>(content.subjects()));
        events.setValue(new LinkedHashSet<>(content.events()));
        verdict.setValue(content.verdict() == null ? Verdict.NOT_YET_RATED : content.verdict());
        rationale.setValue(content.rationale());
        evidence.fill(content.evidence().stream().map(draft -> new Evidence(draft.url(), draft.note())).toList());
        tags.setItems(content.tags());
        tags.setValue(new LinkedHashSet<>(content.tags()));
    }

    /** What the fields hold now. */
    ClaimContent onScreen() {
        return new ClaimContent(restatement.getValue(), verdict.getValue(), rationale.getValue(), evidence.read(),
                new ArrayList<>(tags.getSelectedItems()), claimants.selectedInOrder(), subjects.selectedInOrder(),
                new ArrayList<>(events.getSelectedItems()));
    }

    void setEditable(boolean editable) {
        restatement.setReadOnly(!editable);
        claimants.setReadOnly(!editable);
        events.setReadOnly(!editable);
        subjects.setReadOnly(!editable);
        verdict.setReadOnly(!editable);
        rationale.setReadOnly(!editable);
        evidence.setEditable(editable);
        tags.setReadOnly(!editable);
    }

    void focusClaimant() {
        claimants.focus();
    }

    void focusRestatement() {
        restatement.focus();
    }

    void proposeClaimant(ActorRef actor) {
        claimants.add(actor);
    }

    /** Tells {@code listener} the restatement each time it changes as typed (not when a claim is filled in). */
    void onRestatementTyped(java.util.function.Consumer<String> listener) {
        restatement.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                listener.accept(change.getValue());
            }
        });
    }
}
