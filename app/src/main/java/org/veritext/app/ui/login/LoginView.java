package org.veritext.app.ui.login;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.veritext.app.demo.DemoAccounts;
import org.veritext.app.ui.review.ReviewView;

/** Sign in. In the demo profile, and only there, the demo accounts are listed beside the form. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Veritext")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication, ObjectProvider<DemoAccounts> demoAccounts) {
        this.authentication = authentication;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Div intro = new Div(new H1("Veritext"),
                new Paragraph("Highlight the claims in the news, link them to who said them, and find every "
                        + "checked claim again."));
        intro.addClassName("login-intro");
        add(intro, form);
        demoAccounts.ifAvailable(demo -> add(demoCredentials(demo)));
    }

    private static Div demoCredentials(DemoAccounts demo) {
        Div list = new Div(new Span("Demo accounts (password = name):"));
        list.setId("demo-accounts");
        list.addClassName("demo-accounts");
        demo.accounts().forEach(account ->
                list.add(new Div(new Span(account.username()), new Span(" \u2013 " + account.description()))));
        return list;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(ReviewView.class);
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        if (parameters.containsKey("throttled")) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Wait " + seconds(parameters.get("throttled"))
                    + " seconds, then try again. This slows down anyone guessing passwords; it never locks you out.");
        } else if (parameters.containsKey("expired")) {
            i18n.getErrorMessage().setTitle("The sign-in page had expired");
            i18n.getErrorMessage().setMessage("Please enter your username and password again.");
        } else {
            i18n.getErrorMessage().setTitle("Incorrect username or password");
            i18n.getErrorMessage().setMessage("Check them and try again.");
        }
        form.setI18n(i18n);
        form.setError(parameters.containsKey("error") || parameters.containsKey("throttled")
                || parameters.containsKey("expired"));
    }

    /** The wait from the address, which anyone can edit: a small positive number, or a vague word. */
    private static String seconds(List<String> values) {
        String value = values.isEmpty() ? "" : values.getFirst();
        return value.matches("[1-9][0-9]{0,3}") ? value : "a few";
    }
}
