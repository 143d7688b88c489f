package org.veritext.app.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.veritext.app.live.LiveUpdates;
import org.veritext.app.ui.actor.ActorListView;
import org.veritext.app.ui.admin.AdminView;
import org.veritext.app.ui.article.ArticleListView;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.event.EventListView;
import org.veritext.app.ui.search.SearchView;
import org.veritext.app.ui.account.AccountView;
import org.veritext.app.ui.admin.UserAdminView;
import org.veritext.app.ui.project.ProjectListView;
import org.veritext.app.ui.review.ReviewView;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.notification.NotificationService;
import org.veritext.core.user.CurrentUser;

/**
 * The frame around every signed-in view: the product name, the main places, the bell with the user's notifications,
 * and who is signed in.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, Access access, NotificationService notifications,
                      LiveUpdates liveUpdates, CurrentUser currentUser) {
        Anchor brand = new Anchor("review", "Veritext");
        brand.addClassName("brand");

        Nav places = new Nav(link("My work", ReviewView.class, VaadinIcon.TASKS),
                link("Articles", ArticleListView.class, VaadinIcon.NEWSPAPER),
                link("Search", SearchView.class, VaadinIcon.SEARCH),
                link("Actors", ActorListView.class, VaadinIcon.USERS),
                link("Events", EventListView.class, VaadinIcon.CALENDAR),
                link("Projects", ProjectListView.class, VaadinIcon.FOLDER_O));
        // The admin's places are offered only to those the server lets in (it asks the same policy).
        if (access.can(Permission.ADMINISTER)) {
            RouterLink index = link("Index", AdminView.class, VaadinIcon.COG);
            index.setHighlightCondition(HighlightConditions.sameLocation()); // "admin" is a prefix of "admin/users"
            places.add(link("Users", UserAdminView.class, VaadinIcon.KEY), index);
        }
        places.addClassName("main-nav");

        RouterLink user = new RouterLink(AccountView.class);
        user.setId("my-account");
        user.add(VaadinIcon.USER.create(), new Span(authentication.getPrincipalName().orElse("")));
        user.getElement().setAttribute("title", "My account and password");
        user.addClassName("signed-in-user");
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        NotificationBell bell = new NotificationBell(notifications, liveUpdates, currentUser);
        Div bar = new Div(brand, places, new Div(bell, user, signOut));
        bar.addClassName("top-bar");
        addToNavbar(bar);
        setDrawerOpened(false); // the few places fit in the top bar; no drawer to open
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        LocalTimes.learnTimeZone(attachEvent.getUI());
    }

    private static RouterLink link(String text, Class<? extends Component> view, VaadinIcon icon) {
        RouterLink link = new RouterLink(view);
        link.add(icon.create(), new Span(text));
        link.setHighlightCondition(HighlightConditions.locationPrefix());
        return link;
    }
}
