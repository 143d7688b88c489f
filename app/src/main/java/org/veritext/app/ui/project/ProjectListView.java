package org.veritext.app.ui.project;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The user's projects and their members; admins create projects, managers manage members. */
@Route("projects")
@PageTitle("Projects · Veritext")
@PermitAll
public class ProjectListView extends Div {

    public ProjectListView() {
        add(new H2("Projects"));
    }
}
