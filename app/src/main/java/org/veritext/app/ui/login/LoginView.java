package org.veritext.app.ui.login;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;
import org.veritext.app.demo.DemoAccounts;
import org.veritext.app.ui.article.ArticleListView;

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
                list.add(new Div(new Span(account.username()), new Span(" \u2013 " + account.role().name().toLowerCase()))));
        return list;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(ArticleListView.class);
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
