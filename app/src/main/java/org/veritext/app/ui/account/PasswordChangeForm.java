package org.veritext.app.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.veritext.app.ui.common.FormProblem;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.user.UserAccountService;

/**
 * The signed-in user changes his own password, proving he knows the current one. A refusal is said in the form and
 * the fields keep what he typed; only a change that went through empties them.
 */
class PasswordChangeForm extends Div {

    private final UserAccountService accounts;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField chosen = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");
    private final FormProblem problem = new FormProblem("password-problem");

    PasswordChangeForm(UserAccountService accounts) {
        this.accounts = accounts;
        addClassName("password-form");
        current.setId("password-current");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        chosen.setId("password-new");
        chosen.setAutocomplete(Autocomplete.NEW_PASSWORD);
        chosen.setHelperText("At least 10 characters; a few unrelated words are easy to remember and hard to guess");
        repeated.setId("password-repeat");
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        FormLayout fields = new FormLayout(current, chosen, repeated);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        Button save = new Button("Change password", click -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("Change password"), problem, fields, save);
    }

    private void save() {
        problem.clear();
        repeated.setInvalid(false);
        // The one check the service cannot make: whether he typed the new password the same way twice.
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage("Not the same as the new password");
            repeated.setInvalid(true);
            problem.show("The new password and its repetition differ. Type it again in both fields.");
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), chosen.getValue());
            current.clear();
            chosen.clear();
            repeated.clear();
            Notifications.success("Your password was changed. Use the new one next time you sign in.");
        } catch (DomainException refused) {
            problem.show(refused.getMessage());
        }
    }
}
