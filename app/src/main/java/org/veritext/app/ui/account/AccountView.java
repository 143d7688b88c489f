package org.veritext.app.ui.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The signed-in user's own account: his name, his projects, changing his password. */
@Route("account")
@PageTitle("My account · Veritext")
@PermitAll
public class AccountView extends Div {

    public AccountView() {
        add(new H2("My account"));
    }
}
