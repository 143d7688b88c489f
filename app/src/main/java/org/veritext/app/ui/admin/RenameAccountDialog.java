package org.veritext.app.ui.admin;

import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.veritext.core.user.AccountDetails;
import org.veritext.core.user.UserAccountService;

/** Changes the name colleagues see; the username stays, since it is what he signs in with. */
class RenameAccountDialog extends AccountDialog {

    private final UserAccountService accounts;
    private final Function<UUID, AccountDetails> current;
    private final TextField displayName = new TextField("Display name");
    private AccountDetails account;

    RenameAccountDialog(UserAccountService accounts, AccountDetails account, Function<UUID, AccountDetails> current,
                        Consumer<AccountDetails> onSaved) {
        super("user-rename-dialog", "Rename " + account.username(), "Save", onSaved);
        this.accounts = accounts;
        this.account = account;
        this.current = current;
        displayName.setId("user-display-name");
        displayName.setValue(account.displayName());
        displayName.setWidthFull();
        displayName.setHelperText("Empty: his username is shown");
        add(displayName);
    }

    @Override
    void save() {
        attempt(() -> accounts.rename(account.id(), account.version(), displayName.getValue()),
                saved -> saved.username() + " is now called " + saved.person().name() + ".");
    }

    @Override
    void reread() {
        account = current.apply(account.id());
    }
}
