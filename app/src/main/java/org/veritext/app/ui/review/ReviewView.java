package org.veritext.app.ui.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;

/** The signed-in user's home: his queues with their counts. */
@Route("review")
@RouteAlias("")
@PageTitle("My work · Veritext")
@PermitAll
public class ReviewView extends Div {

    public ReviewView() {
        add(new H2("My work"));
    }
}
