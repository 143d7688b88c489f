package org.veritext.app.ui.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.veritext.app.live.LiveUpdates;
import org.veritext.app.ui.account.AccountView;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.user.AccountDetails;
import org.veritext.core.user.UserAccountService;

/**
 * For admins: every account, and what an admin does to one (create, disable or enable, set a new password, make
 * admin or not, rename). Anyone else is told the page does not exist, as for every page he may not see. What the
 * service refuses (the last admin, a colleague's change in between) is said in its words and the list is re-read.
 */
@Route("admin/users")
@PageTitle("Users · Veritext")
@PermitAll
@StyleSheet("context://css/admin.css")
public class UserAdminView extends Div implements BeforeEnterObserver {

    /** The changes that alter what the list shows. */
    private static final Set<ChangeKind> LISTED_CHANGES = EnumSet.of(ChangeKind.USER_CREATED, ChangeKind.USER_CHANGED);

    private final UserAccountService accounts;
    private final Access access;
    private final LiveUpdates liveUpdates;
    private final Grid<AccountDetails> grid = new Grid<>(AccountDetails.class, false);
    private UUID me;
    private Registration following;

    public UserAdminView(UserAccountService accounts, Access access, LiveUpdates liveUpdates) {
        this.accounts = accounts;
        this.access = access;
        this.liveUpdates = liveUpdates;
        addClassNames("admin-list-view", "user-admin-view");

        Button create = new Button("New account", VaadinIcon.PLUS.create(),
                click -> new NewAccountDialog(accounts, created -> refresh()).open());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(new H2("Users"), create);
        toolbar.addClassName("list-toolbar");

        grid.setId("users-grid");
        // Usernames are never cut: they are what the admin looks for. The name may be, with a tooltip.
        grid.addColumn(new ComponentRenderer<>(this::username)).setHeader("Username").setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(account -> "Created " + LocalTimes.format(account.createdAt()));
        grid.addColumn(account -> account.person().name()).setHeader("Name").setFlexGrow(1).setWidth("10em")
                .setTooltipGenerator(account -> account.person().name());
        grid.addColumn(new ComponentRenderer<>(account -> account.admin() ? flag("Admin", "flag-admin") : new Span()))
                .setHeader("Admin").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(account -> account.enabled() ? flag("Enabled", "flag-enabled")
                : flag("Disabled", "flag-disabled"))).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> account.passwordChangedAt() == null ? "not yet"
                        : LocalTimes.format(account.passwordChangedAt())).setHeader("Password changed")
                .setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(account -> account.passwordChangedAt() == null
                        ? "He still has the first password an admin gave him" : null);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("Actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        add(toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.can(Permission.ADMINISTER)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        me = accounts.me().id();
        refresh();
    }

    /** Accounts created or changed by another admin appear without a reload. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        following = liveUpdates.subscribe(attach.getUI(), change -> LISTED_CHANGES.contains(change.kind()),
                changes -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.remove();
        super.onDetach(detach);
    }

    private void refresh() {
        if (!access.can(Permission.ADMINISTER)) {
            // He took his own admin rights away, or another admin did: this page is not his any more.
            UI.getCurrent().navigate(AccountView.class);
            return;
        }
        grid.setItems(accounts.list());
        grid.recalculateColumnWidths(); // a new, longer username must not be cut
    }

    private AccountDetails current(UUID accountId) {
        return accounts.list().stream().filter(account -> account.id().equals(accountId)).findFirst()
                .orElseThrow(() -> new org.veritext.core.NotFoundException("This account does not exist."));
    }

    private Component username(AccountDetails account) {
        Span name = new Span(account.username());
        name.addClassName("account-username");
        return account.id().equals(me) ? new Span(name, flag("you", "flag-you")) : name;
    }

    private Component actions(AccountDetails account) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        // His own account is not offered for disabling: the service refuses it (another admin must).
        if (!account.id().equals(me)) {
            actions.add(account.enabled()
                    ? action("Disable", VaadinIcon.BAN, "user-enable-toggle", account, () -> confirmDisable(account))
                    : action("Enable", VaadinIcon.CHECK, "user-enable-toggle", account,
                            () -> change(() -> accounts.setEnabled(account.id(), account.version(), true),
                                    saved -> saved.username() + " can sign in again.")));
        }
        actions.add(account.admin()
                ? action("Remove admin", VaadinIcon.KEY, "user-admin-toggle", account,
                        () -> change(() -> accounts.setAdmin(account.id(), account.version(), false),
                                saved -> saved.username() + " is no longer an admin."))
                : action("Make admin", VaadinIcon.KEY_O, "user-admin-toggle", account,
                        () -> change(() -> accounts.setAdmin(account.id(), account.version(), true),
                                saved -> saved.username() + " is an admin now.")));
        actions.add(action("New password", VaadinIcon.PASSWORD, "user-reset-password", account,
                () -> new ResetPasswordDialog(accounts, account, this::current, saved -> refresh()).open()));
        actions.add(action("Rename", VaadinIcon.EDIT, "user-rename", account,
                () -> new RenameAccountDialog(accounts, account, this::current, saved -> refresh()).open()));
        return actions;
    }

    private void confirmDisable(AccountDetails account) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("user-disable-confirm");
        confirm.setHeader("Disable " + account.username() + "?");
        confirm.setText(account.person().name() + " can no longer sign in, and is stopped at his next click if he "
                + "is signed in now. His work stays. You can enable the account again at any time.");
        confirm.setCancelable(true);
        Button disable = new Button("Disable", click -> {
            confirm.close();
            change(() -> accounts.setEnabled(account.id(), account.version(), false),
                    saved -> saved.username() + " is disabled.");
        });
        disable.setId("user-disable-confirm-button");
        disable.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(disable);
        confirm.open();
    }

    /** Makes a change from a row; a refusal is shown in the service's words, and the list shows what is true now. */
    private void change(Supplier<AccountDetails> change, Function<AccountDetails, String> confirmation) {
        try {
            Notifications.success(confirmation.apply(change.get()));
        } catch (DomainException refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
    }

    private static Button action(String text, VaadinIcon icon, String className, AccountDetails account,
                                 Runnable onClick) {
        Button button = new Button(text, icon.create(), click -> onClick.run());
        button.addClassNames("user-action", className);
        button.getElement().setAttribute("data-user", account.username());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Span flag(String text, String className) {
        Span flag = new Span(text);
        flag.addClassNames("account-flag", className);
        return flag;
    }
}
