package org.veritext.app.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Admins manage accounts: create, disable, reset passwords, make admins. */
@Route("admin/users")
@PageTitle("Users · Veritext")
@PermitAll
public class UserAdminView extends Div {

    public UserAdminView() {
        add(new H2("Users"));
    }
}
