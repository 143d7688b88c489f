package org.veritext.app.ui.article;

import com.vaadin.flow.component.Component;

/** Where the keyboard goes after a pick in a picker of the claim form. */
final class PickerFocus {

    private PickerFocus() {
    }

    /**
     * Back to typing in {@code picker}, after a dialog or a server round trip: the next key goes on from there. Unless
     * the user has already moved on (a quick Tab while the server answered): his focus is not taken back.
     */
    static void returnUnlessMovedOn(Component picker) {
        picker.getElement().executeJs("const a = document.activeElement;"
                + "if (!a || a === document.body || this.contains(a)) { this.focus(); }");
    }
}
