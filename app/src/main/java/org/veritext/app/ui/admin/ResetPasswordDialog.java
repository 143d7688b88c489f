package org.veritext.app.ui.admin;

import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.veritext.core.user.AccountDetails;
import org.veritext.core.user.UserAccountService;

/** A new password for someone who forgot his: the admin hands it over, the user changes it himself. */
class ResetPasswordDialog extends AccountDialog {

    private final UserAccountService accounts;
    private final Function<UUID, AccountDetails> current;
    private final NewPasswordField password = new NewPasswordField("New password");
    private AccountDetails account;

    ResetPasswordDialog(UserAccountService accounts, AccountDetails account, Function<UUID, AccountDetails> current,
                        Consumer<AccountDetails> onSaved) {
        super("user-reset-dialog", "New password for " + account.person().name(), "Set password", onSaved);
        this.accounts = accounts;
        this.account = account;
        this.current = current;
        add(new Paragraph("His current password stops working at once. He can sign in with the new one and then "
                + "choose his own under \u201CMy account\u201D."), password);
    }

    @Override
    void save() {
        attempt(() -> accounts.resetPassword(account.id(), account.version(), password.getValue()),
                saved -> "The password of " + saved.username() + " was changed.");
    }

    @Override
    void reread() {
        account = current.apply(account.id());
    }
}
