package org.veritext.app.ui.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.veritext.core.user.AccountDetails;
import org.veritext.core.user.UserAccountService;

/** A new account with a first password that the admin hands over; the new user changes it himself. */
class NewAccountDialog extends AccountDialog {

    private final UserAccountService accounts;
    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Display name");
    private final NewPasswordField password = new NewPasswordField("First password");
    private final Checkbox admin = new Checkbox("Admin: manages users and projects");

    NewAccountDialog(UserAccountService accounts, Consumer<AccountDetails> onCreated) {
        super("user-create-dialog", "New account", "Create", onCreated);
        this.accounts = accounts;
        username.setId("user-username");
        username.setRequired(true);
        username.setHelperText("Lower-case letters, digits, dots, dashes or underscores. It cannot be changed later.");
        displayName.setId("user-display-name");
        displayName.setHelperText("The name colleagues see next to his work");
        admin.setId("user-admin");
        FormLayout form = new FormLayout(username, displayName, password, admin);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    @Override
    void save() {
        attempt(() -> accounts.create(username.getValue().strip(), displayName.getValue(), password.getValue(),
                admin.getValue()), created -> "Account " + created.username() + " created.");
    }
}
