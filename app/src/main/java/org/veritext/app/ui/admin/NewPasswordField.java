package org.veritext.app.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * A password an admin sets for someone else: typed, or generated. A generated one is shown in clear beside the
 * field, to copy and hand over, because the admin cannot read it back later; typing in the field hides it again,
 * since it is then no longer the password that will be set.
 */
class NewPasswordField extends Div {

    private final PasswordField field = new PasswordField();
    private final Span generated = new Span();
    private final Div shown = new Div();

    NewPasswordField(String label) {
        addClassName("new-password");
        field.setId("user-password");
        field.setLabel(label);
        field.setRequired(true);
        field.setAutocomplete(Autocomplete.NEW_PASSWORD);
        field.setHelperText("At least 10 characters. The user can change it himself later.");
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                shown.setVisible(false);
            }
        });

        Button generate = new Button("Generate", VaadinIcon.MAGIC.create(), click -> generate());
        generate.setId("user-generate-password");
        generate.setTooltipText("Fill in a random password and show it, to copy and hand over");

        generated.setId("user-generated-password");
        generated.addClassName("generated-password-text");
        Button copy = new Button("Copy", VaadinIcon.COPY_O.create());
        copy.setId("user-copy-password");
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // Copied in the browser, within the click: the clipboard is the browser's, and needs no round trip.
        copy.getElement().executeJs("this.addEventListener('click', () => navigator.clipboard?.writeText($0.textContent)"
                + ".catch(() => {}))", generated.getElement());
        Span hint = new Span("Copy it now and hand it over in person: it is not shown again.");
        hint.addClassName("generated-password-hint");
        shown.add(generated, copy, hint);
        shown.addClassName("generated-password");
        shown.setVisible(false);

        Div row = new Div(field, generate);
        row.addClassName("new-password-row");
        add(row, shown);
    }

    String getValue() {
        return field.getValue();
    }

    private void generate() {
        String password = GeneratedPassword.create();
        field.setValue(password);
        generated.setText(password);
        shown.setVisible(true);
    }
}
