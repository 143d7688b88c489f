package org.veritext.app.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.veritext.app.ui.common.FormProblem;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.user.AccountDetails;

/**
 * A small form about one account. What the service refuses is said at the top of the form and what was typed stays;
 * when another admin changed the account meanwhile, the form says so and takes the account as it is now, so that
 * saving again applies the admin's change to the current account, not over it blindly.
 */
abstract class AccountDialog extends Dialog {

    private final FormProblem problem = new FormProblem("user-form-problem");
    private final Consumer<AccountDetails> onSaved;

    AccountDialog(String id, String title, String saveText, Consumer<AccountDetails> onSaved) {
        this.onSaved = onSaved;
        setId(id);
        setHeaderTitle(title);
        setWidth("min(34rem, 96vw)");
        setCloseOnOutsideClick(false); // a stray click must not throw a typed password away
        addClassName("account-dialog");
        add(problem);

        Button save = new Button(saveText, click -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("user-cancel");
        getFooter().add(cancel, save);
    }

    abstract void save();

    /** Called after a refusal because someone else changed the account: take it as it is now. */
    void reread() {
    }

    void attempt(Supplier<AccountDetails> change, Function<AccountDetails, String> confirmation) {
        problem.clear();
        try {
            AccountDetails saved = change.get();
            close();
            Notifications.success(confirmation.apply(saved));
            onSaved.accept(saved);
        } catch (EditConflictException conflict) {
            reread();
            problem.show(conflict.getMessage());
        } catch (DomainException refused) {
            problem.show(refused.getMessage());
        }
    }
}
