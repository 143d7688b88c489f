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
        Shortcuts.addShortcutListener(restatement, this::save, Key.ENTER, KeyModifier.CONTROL).listenOn(restatement);

        Button save = new Button("Save", click -> save());
        save.setId("save-claim");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button("Delete\u2026", click -> confirmDelete());
        delete.setId("delete-claim");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        history.addClassName("claim-history");

        add(new H3("Selected claim"), quote, restatement, new HorizontalLayout(save, delete), history);
        setVisible(false);
    }

    void show(ClaimDetails claim) {
        shown = claim;
        setVisible(claim != null);
        if (claim == null) {
            return;
        }
        quote.setText(claim.quote());
        restatement.setValue(claim.restatement());
        String created = "Created by " + claim.createdBy() + ", " + LocalTimes.format(claim.createdAt());
        history.setText(claim.version() == 0 ? created
                : created + ". Changed by " + claim.modifiedBy() + ", " + LocalTimes.format(claim.modifiedAt()));
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

    /** Saves if there is anything to save; the actions refresh the view with the saved claim. */
    void save() {
        if (hasUnsavedChanges()) {
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
