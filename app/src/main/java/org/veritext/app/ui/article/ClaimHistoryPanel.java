package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.veritext.app.ui.common.Abbreviation;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.EditConflictException;
import org.veritext.core.NotFoundException;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimHistory;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.ClaimService.Restored;
import org.veritext.core.claim.HistoryEntry;

/**
 * One claim's history in the editor, newest first: who did what when, and each field before → after. A manager may
 * put back an earlier version (asked to confirm first). Read when opened, and again when the claim changes while it
 * is open. Not to be confused with {@code ui.common.ClaimTimeline}, which lists many claims on an actor's page.
 */
@StyleSheet("context://css/workflow.css")
final class ClaimHistoryPanel extends Details {

    private static final int LONGEST_VALUE = 300;

    private final ShownClaim shown;
    private final ClaimHistory history;
    private final ClaimService claims;
    private final Div entries = new Div();
    private final Div leftOut = new Div();
    private ClaimDetails claim;
    private boolean canRestore;

    ClaimHistoryPanel(ShownClaim shown, ClaimHistory history, ClaimService claims) {
        this.shown = shown;
        this.history = history;
        this.claims = claims;
        setId("claim-history");
        addClassName("claim-history-panel");
        setSummaryText("History");
        entries.addClassName("history-entries");
        leftOut.setId("restore-left-out");
        leftOut.addClassName("restore-left-out");
        leftOut.setVisible(false);
        add(leftOut, entries);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                load();
            }
        });
    }

    void show(ClaimDetails claimShown, boolean restorable) {
        if (claim == null || claimShown == null || !claim.id().equals(claimShown.id())) {
            leftOut.setVisible(false);
        }
        claim = claimShown;
        canRestore = restorable;
        entries.removeAll();
        if (isOpened()) {
            load();
        }
    }

    private void load() {
        entries.removeAll();
        if (claim == null) {
            return;
        }
        List<HistoryEntry> list;
        try {
            list = history.of(claim.id());
        } catch (NotFoundException deletedMeanwhile) {
            return;
        }
        list.forEach(entry -> entries.add(entry(entry)));
    }

    private Div entry(HistoryEntry entry) {
        Span title = new Span(entry.title());
        title.addClassName("history-title");
        Span who = new Span((entry.by() == null ? "Veritext" : entry.by().name()) + ", " + LocalTimes.format(entry.at()));
        who.addClassName("history-who");
        Div heading = new Div(title, who);
        heading.addClassName("history-heading");
        Div item = new Div(heading);
        item.addClassName("history-entry");
        item.getElement().setAttribute("data-position", String.valueOf(entry.position()));
        for (HistoryEntry.FieldChange change : entry.changes()) {
            item.add(fieldChange(change));
        }
        if (canRestore && entry.restorable()) {
            Button back = new Button("Restore this version", click -> confirm(entry));
            back.addClassName("history-restore");
            back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(back);
        }
        return item;
    }

    private static Div fieldChange(HistoryEntry.FieldChange change) {
        Span field = new Span(change.field() + ": ");
        field.addClassName("history-field");
        Span before = value(change.before(), "history-before");
        Span after = value(change.after(), "history-after");
        Div line = new Div(field, before, new Span(" \u2192 "), after);
        line.addClassName("history-change");
        return line;
    }

    private static Span value(String text, String className) {
        boolean empty = text == null || text.isBlank();
        Span value = new Span(empty ? "(empty)" : Abbreviation.of(text, LONGEST_VALUE));
        value.addClassName(className);
        if (empty) {
            value.addClassName("history-empty");
        } else if (!value.getText().equals(text)) {
            value.setTitle(text);
        }
        return value;
    }

    private void confirm(HistoryEntry entry) {
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("confirm-restore");
        ask.setHeader("Restore this version?");
        ask.setText("The claim will say again what it said after \u201C" + entry.title() + "\u201D ("
                + LocalTimes.format(entry.at()) + "). That is a change of its own: the present version stays in the "
                + "history and can be restored in turn. The review state stays as it is.");
        ask.setCancelable(true);
        Button restoreIt = new Button("Restore", click -> {
            ask.close();
            restore(entry);
        });
        restoreIt.setId("restore-confirm");
        restoreIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setConfirmButton(restoreIt);
        ask.open();
    }

    /** Puts the entry's version back, over the version shown; says what could not be put back. */
    private void restore(HistoryEntry entry) {
        shown.asSaved("restore", false).ifPresent(current -> {
            Restored restored;
            try {
                restored = claims.restore(current.id(), current.version(), entry.position());
            } catch (EditConflictException changedMeanwhile) {
                shown.changedMeanwhile();
                return;
            }
            shown.changed(restored.claim());
            String version = "the version of " + LocalTimes.format(entry.at());
            leftOut.setVisible(!restored.leftOut().isEmpty());
            leftOut.setText(restored.leftOut().isEmpty() ? "" : "Restored " + version + ", except the links to "
                    + String.join(", ", restored.leftOut()) + ": they no longer exist.");
            Notifications.success("Restored " + version + ".");
        });
    }
}
