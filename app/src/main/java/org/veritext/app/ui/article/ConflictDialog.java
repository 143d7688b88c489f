package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.veritext.app.ui.article.ClaimContent.ComparedField;

/**
 * Two versions of a claim side by side, field by field (mine | theirs), the fields that differ marked, and the
 * choices: keep mine (save it over theirs, knowingly), take theirs (mine is not saved, but stays copyable), merge
 * by hand (their version in the editor, with my changes filled in, to check and save), or copy mine to the clipboard
 * (the dialog stays open). A choice that is not possible now (theirs is read-only) is not offered. Closing the dialog
 * chooses nothing: the editor keeps what is typed.
 */
@StyleSheet("context://css/workflow.css")
final class ConflictDialog extends Dialog {

    /**
     * What each choice does; null for a choice not offered.
     *
     * @param mineAsText the user's version as text to copy, or null if he has nothing at stake
     */
    record Choices(Runnable keepMine, Runnable takeTheirs, Runnable merge, String mineAsText) {
    }

    /**
     * @param explanation what happened, in a sentence
     * @param mineHeading e.g. "Yours (not saved)", or "What you read" when nothing of the user's is at stake
     */
    ConflictDialog(String explanation, String mineHeading, String theirsHeading, List<ComparedField> fields,
                   Choices choices) {
        setId("conflict-dialog");
        addClassName("conflict-dialog");
        setHeaderTitle("This claim was changed by someone else");
        setWidth("min(60rem, 95vw)");
        setCloseOnOutsideClick(false);

        Div table = new Div(cell("", "conflict-corner"), cell(mineHeading, "conflict-heading"),
                cell(theirsHeading, "conflict-heading"));
        table.addClassName("conflict-table");
        for (ComparedField field : fields) {
            Span label = cell(field.label(), "conflict-label");
            Span mine = cell(field.mine(), "conflict-mine");
            Span theirs = cell(field.theirs(), "conflict-theirs");
            for (Span part : List.of(label, mine, theirs)) {
                part.getElement().setAttribute("data-field", field.label());
                part.getElement().getClassList().set("differs", field.differs());
            }
            table.add(label, mine, theirs);
        }
        add(new Paragraph(explanation), table);

        if (choices.mineAsText() != null) {
            CopyToClipboardButton copy = new CopyToClipboardButton("Copy mine", choices.mineAsText());
            copy.setId("conflict-copy-mine");
            copy.setTooltipText("Copy my version to the clipboard, to paste it wherever I want");
            getFooter().add(copy);
        }
        if (choices.takeTheirs() != null) {
            getFooter().add(choice("conflict-take-theirs", choices.keepMine() == null ? "Show their version"
                    : "Take theirs", "Drop my changes and show their version", choices.takeTheirs()));
        }
        if (choices.merge() != null) {
            getFooter().add(choice("conflict-merge", "Merge by hand",
                    "Their version in the editor, with the fields I changed filled in, to check and save",
                    choices.merge()));
        }
        if (choices.keepMine() != null) {
            Button keep = choice("conflict-keep-mine", "Keep mine",
                    "Save the fields I changed over theirs; what only they changed stays theirs",
                    choices.keepMine());
            keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(keep);
        }
    }

    private Button choice(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text, click -> {
            close();
            action.run();
        });
        button.setId(id);
        button.setTooltipText(tooltip);
        return button;
    }

    private static Span cell(String text, String className) {
        Span cell = new Span(text.isEmpty() && !className.equals("conflict-corner") ? "\u2014" : text);
        cell.addClassName(className);
        return cell;
    }
}
