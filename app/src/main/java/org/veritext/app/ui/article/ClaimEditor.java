package org.veritext.app.ui.article;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import org.veritext.app.ui.common.Abbreviation;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.common.OverLengthWarning;
import org.veritext.core.claim.Claim;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.text.TextNormaliser;

/**
 * The selected claim: its quote, its restatement in checkable form (editable), who made and changed it, and
 * delete. It keeps the version it showed, so a save over someone else's newer save is refused, not applied.
 */
class ClaimEditor extends Div {

    interface Actions {
        void save(ClaimDetails shown, String restatement);

        void delete(ClaimDetails shown);
    }

    private final Actions actions;
    private final Div quote = new Div();
    private final TextArea restatement = new TextArea("Restatement");
    private final Span history = new Span();
    private final Div notice = new Div();
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete\u2026");
    private ClaimDetails shown;

    ClaimEditor(Actions actions) {
        this.actions = actions;
        setId("claim-editor");
        addClassName("claim-editor");
        quote.addClassName("claim-editor-quote");

        restatement.setId("claim-restatement");
        OverLengthWarning.watch(restatement, Claim.RESTATEMENT_LIMIT, TextNormaliser::normaliseLine); // never maxLength: it cuts
        restatement.setHelperText("The claim in checkable form: who says what, about what, when. Ctrl+Enter saves.");
        restatement.setWidthFull();
        // Every keystroke reaches the server: what is typed is never mistaken for "no edits" when a colleague's
        // change arrives, and Ctrl+Enter saves exactly what is in the field.
        restatement.setValueChangeMode(ValueChangeMode.EAGER);
        Shortcuts.addShortcutListener(restatement, this::save, Key.ENTER, KeyModifier.CONTROL).listenOn(restatement);

        save.addClickListener(click -> save());
        save.setId("save-claim");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(click -> confirmDelete());
        delete.setId("delete-claim");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        history.addClassName("claim-history");
        notice.setId("claim-editor-notice");
        notice.addClassName("claim-editor-notice");
        notice.setVisible(false);

        add(new H3("Selected claim"), notice, quote, restatement, new HorizontalLayout(save, delete), history);
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
        restatement.setValue(claim.restatement());
        showHistory(claim);
    }

    /**
     * The claim shown was saved by someone else meanwhile. Without edits of his own the user simply sees the new
     * version; with edits, his text stays and he chooses: take theirs, or keep his (a save then knowingly replaces
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
                    String mine = restatement.getValue();
                    show(newer);
                    restatement.setValue(mine);
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

    void focusRestatement() {
        restatement.focus();
    }

    ClaimDetails shown() {
        return shown;
    }

    /** True if the restatement typed differs from the one saved. */
    boolean hasUnsavedChanges() {
        return shown != null
                && !TextNormaliser.normaliseLine(restatement.getValue()).equals(shown.restatement());
    }

    /** True if the claim shown no longer exists (someone deleted it while it was open). */
    boolean showsDeletedClaim() {
        return shown != null && !save.isEnabled();
    }

    /** Saves if there is anything to save; the actions refresh the view with the saved claim. */
    void save() {
        if (hasUnsavedChanges() && !showsDeletedClaim()) {
            actions.save(shown, restatement.getValue());
        }
    }

    private void confirmDelete() {
        ClaimDetails claim = shown;
        ConfirmDialog confirm = new ConfirmDialog("Delete this claim?",
                "\u201C" + Abbreviation.of(claim.quote(), 120) + "\u201D and its restatement will be deleted.",
                "Delete", confirmed -> actions.delete(claim));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setId("confirm-delete-claim");
        confirm.open();
    }
}
