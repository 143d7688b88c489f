package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Set;
import org.veritext.app.ui.common.Abbreviation;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.common.OverLengthWarning;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.actor.ActorService;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimEdit.ActorLinkDraft;
import org.veritext.core.claim.ClaimLimits;
import org.veritext.core.claim.Verdict;
import org.veritext.core.event.EventRef;
import org.veritext.core.event.EventService;
import org.veritext.core.text.TextNormaliser;

/**
 * The selected claim, complete: its quote; its restatement in checkable form; who made it, whom it is about and
 * which events it concerns (found as you type, created inline); its verdict with the rationale and sources; tags.
 * Everything typed reaches the server as it is typed, so Ctrl+Enter saves exactly what is on screen. It keeps the
 * version it showed: a save over someone else's newer save is refused, and a colleague's save while editing is
 * announced with a choice, never applied over what is typed.
 */
class ClaimEditor extends Div {

    interface Actions {
        void save(ClaimDetails shown, ClaimEdit edit);

        void delete(ClaimDetails shown);
    }

    private final Actions actions;
    private final Div quote = new Div();
    private final TextArea restatement = new TextArea("Restatement");
    private final ActorPicker claimants;
    private final ActorPicker subjects;
    private final EventPicker events;
    private final Select<Verdict> verdict = new Select<>();
    private final TextArea rationale = new TextArea("Rationale");
    private final EvidenceRows evidence = new EvidenceRows();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    private final Span history = new Span();
    private final Div notice = new Div();
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete\u2026");
    private ClaimDetails shown;

    ClaimEditor(Actions actions, ActorService actorService, EventService eventService) {
        this.actions = actions;
        setId("claim-editor");
        addClassName("claim-editor");
        quote.addClassName("claim-editor-quote");

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

        save.setId("claim-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setTooltipText("Save (Ctrl+Enter)");
        delete.setId("delete-claim");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        history.addClassName("claim-history");
        notice.setId("claim-editor-notice");
        notice.addClassName("claim-editor-notice");
        notice.setVisible(false);

        // Claimant, then event: the two links every claim needs, one Tab apart.
        Div links = new Div(claimants, events, subjects);
        links.addClassName("claim-links");
        Div rating = new Div(verdict, rationale);
        rating.addClassName("claim-rating");
        add(new H3("Selected claim"), notice, quote, restatement, links, rating, evidence, tags,
                new HorizontalLayout(save, delete), history);
        // Ctrl+Enter anywhere in the editor saves what is on screen: the keystrokes before it have reached the server
        // (eager value changes are sent as they happen, in order), and the key itself never reaches the field (no
        // stray line break in the rationale). Caught in the browser, since a field may keep it from a shortcut.
        addAttachListener(attach -> getElement().executeJs("""
                if (this.__saveKey) { return; }
                this.__saveKey = e => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                        e.preventDefault();
                        e.stopPropagation();
                        this.dispatchEvent(new CustomEvent('claim-save-request'));
                    }
                };
                this.addEventListener('keydown', this.__saveKey, true);
                """));
        getElement().addEventListener("claim-save-request", request -> save());
        setVisible(false);
    }

    void show(ClaimDetails claim) {
        shown = claim;
        setVisible(claim != null);
        clearNotice();
        if (claim == null) {
            return;
        }
        quote.setText(claim.quote());
        fill(ClaimEdit.of(claim), claim);
        showHistory(claim);
    }

    /**
     * The claim shown was saved by someone else meanwhile. Without edits of his own the user simply sees the new
     * version; with edits, his work stays and he chooses: take theirs, or keep his (a save then knowingly replaces
     * theirs). Never a silent overwrite either way.
     */
    void showNewerVersion(ClaimDetails newer) {
        if (shown == null || !shown.id().equals(newer.id()) || newer.version() == shown.version()) {
            return;
        }
        if (!hasUnsavedChanges()) {
            show(newer);
            showNotice(newer.modifiedBy().name() + " changed this claim just now.", false);
            return;
        }
        String theirs = newer.restatement().isEmpty() ? "an empty restatement" : "\u201C" + newer.restatement() + "\u201D";
        showNotice(newer.modifiedBy().name() + " changed this claim while you were editing it. Your text is still "
                + "here; theirs reads: " + theirs, true,
                new Button("Use their version", click -> show(newer)),
                new Button("Keep mine", click -> {
                    // What is on screen stays; it is now an edit of their version, so saving knowingly replaces it.
                    shown = newer;
                    clearNotice();
                    showHistory(newer);
                }));
    }

    /** The claim shown was deleted by someone else: say so, keep the typed text so it can be copied, allow no save. */
    void showDeleted(String deletedBy) {
        if (shown == null) {
            return;
        }
        showNotice(deletedBy + " deleted this claim. Your text is kept below, so you can copy it.", true);
        save.setEnabled(false);
        delete.setEnabled(false);
    }

    /** Puts the cursor where a new claim is completed first: who made it. */
    void focusClaimant() {
        claimants.focus();
    }

    void focusRestatement() {
        restatement.focus();
    }

    /** Proposes a claimant (the speaker a suggestion found), which the user may keep or remove before saving. */
    void proposeClaimant(ActorRef actor) {
        claimants.add(actor);
    }

    ClaimDetails shown() {
        return shown;
    }

    /** True if anything on screen differs from the claim as saved. */
    boolean hasUnsavedChanges() {
        return shown != null && !showsDeletedClaim() && !normalised(read()).equals(normalised(ClaimEdit.of(shown)));
    }

    /** True if the claim shown no longer exists (someone deleted it while it was open). */
    boolean showsDeletedClaim() {
        return shown != null && !save.isEnabled();
    }

    /** Saves if there is anything to save; the actions refresh the view with the saved claim. */
    void save() {
        if (hasUnsavedChanges()) {
            actions.save(shown, read());
        }
    }

    /** What the form holds now, as an edit of the claim shown. */
    ClaimEdit read() {
        List<ActorLinkDraft> links = new ArrayList<>();
        claimants.selectedInOrder().forEach(actor -> links.add(new ActorLinkDraft(actor.id(), ActorRole.CLAIMANT)));
        subjects.selectedInOrder().forEach(actor -> links.add(new ActorLinkDraft(actor.id(), ActorRole.SUBJECT)));
        // Links in a role the editor does not show (mentioned) are kept as they were.
        shown.actors().stream().filter(link -> link.role() == ActorRole.MENTIONED)
                .forEach(link -> links.add(new ActorLinkDraft(link.actor().id(), link.role())));
        return new ClaimEdit(restatement.getValue(), verdict.getValue(), rationale.getValue(), evidence.read(),
                new ArrayList<>(tags.getSelectedItems()), links,
                events.getSelectedItems().stream().map(EventRef::id).toList());
    }

    private void fill(ClaimEdit edit, ClaimDetails claim) {
        restatement.setValue(edit.restatement());
        // setValue, not select: select adds to what the pickers hold, so one claim's links would carry over to the
        // next claim opened (and be saved with it when switching claims).
        claimants.setValue(new LinkedHashSet<>(actorsIn(claim, edit, ActorRole.CLAIMANT)));
        subjects.setValue(new LinkedHashSet<>(actorsIn(claim, edit, ActorRole.SUBJECT)));
        events.setValue(claim.events().stream().filter(event -> edit.eventIds().contains(event.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        verdict.setValue(edit.verdict() == null ? Verdict.NOT_YET_RATED : edit.verdict());
        rationale.setValue(edit.rationale());
        evidence.fill(edit.evidence().stream()
                .map(draft -> new org.veritext.core.claim.Evidence(draft.url(), draft.note())).toList());
        tags.setItems(edit.tags());
        tags.setValue(new LinkedHashSet<>(edit.tags()));
    }

    /** The actors of a role in an edit, as the claim shows them (an edit holds only ids). */
    private static List<ActorRef> actorsIn(ClaimDetails claim, ClaimEdit edit, ActorRole role) {
        List<ActorRef> known = claim.actors().stream().map(ClaimDetails.LinkedActor::actor).toList();
        return edit.actors().stream().filter(link -> link.role() == role)
                .flatMap(link -> known.stream().filter(actor -> actor.id().equals(link.actorId())).limit(1))
                .toList();
    }

    /** An edit in the form the service stores, to tell real changes from differences in spacing or order. */
    private static ClaimEdit normalised(ClaimEdit edit) {
        return new ClaimEdit(TextNormaliser.normaliseLine(edit.restatement()),
                edit.verdict() == null ? Verdict.NOT_YET_RATED : edit.verdict(),
                TextNormaliser.normalise(edit.rationale()),
                edit.evidence().stream().map(e -> new ClaimEdit.EvidenceDraft(TextNormaliser.normaliseLine(e.url()),
                        TextNormaliser.normalise(e.note())))
                        .filter(e -> !e.url().isEmpty() || !e.note().isEmpty()).toList(),
                edit.tags().stream().map(tag -> tag.toLowerCase(Locale.ROOT)).sorted().distinct().toList(),
                edit.actors().stream().distinct().sorted(java.util.Comparator.comparing(
                        (ActorLinkDraft link) -> link.actorId().toString()).thenComparing(ActorLinkDraft::role)).toList(),
                edit.eventIds().stream().distinct().sorted().toList());
    }

    private void showNotice(String text, boolean warning, Button... choices) {
        notice.removeAll();
        notice.add(new Span(text));
        for (Button choice : choices) {
            choice.addThemeVariants(ButtonVariant.LUMO_SMALL);
            notice.add(choice);
        }
        notice.getElement().getClassList().set("warning", warning);
        notice.setVisible(true);
    }

    private void clearNotice() {
        notice.removeAll();
        notice.setVisible(false);
        save.setEnabled(true);
        delete.setEnabled(true);
    }

    private void showHistory(ClaimDetails claim) {
        String created = "Created by " + claim.createdBy().name() + ", " + LocalTimes.format(claim.createdAt());
        history.setText(claim.version() == 0 ? created
                : created + ". Changed by " + claim.modifiedBy().name() + ", " + LocalTimes.format(claim.modifiedAt()));
    }

    private void confirmDelete() {
        ClaimDetails claim = shown;
        ConfirmDialog confirm = new ConfirmDialog("Delete this claim?",
                "\u201C" + Abbreviation.of(claim.quote(), 120) + "\u201D, its restatement, verdict and links will be "
                        + "deleted.",
                "Delete", confirmed -> actions.delete(claim));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setId("confirm-delete-claim");
        confirm.open();
    }
}
