package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The keyboard shortcuts of the article view, shown with {@code ?} (outside text fields). */
class ShortcutHelp extends Dialog {

    private static final String[][] SHORTCUTS = {
            {"Select words, Enter", "Create a claim from them"},
            {"Select words, M", "Mark them as a mention of an actor or event"},
            {"Shift + arrows", "Select words with the keyboard (click in the text first)"},
            {"] and [", "Go to the next and previous highlight"},
            {"Enter on a highlight", "Open it"},
            {"In Claimant, Subject, Event: type, Enter", "Link the first match, or create it if there is none"},
            {"Ctrl+Enter", "Save the claim"},
            {"Escape", "Clear the selection, close a dialog"},
            {"?", "This list"},
    };

    ShortcutHelp() {
        setId("shortcut-help");
        setHeaderTitle("Keyboard shortcuts");
        Div table = new Div();
        table.addClassName("shortcut-table");
        for (String[] shortcut : SHORTCUTS) {
            Span keys = new Span(shortcut[0]);
            keys.addClassName("shortcut-keys");
            table.add(keys, new Span(shortcut[1]));
        }
        add(table);
        getFooter().add(new Button("Close", click -> close()));
    }
}
