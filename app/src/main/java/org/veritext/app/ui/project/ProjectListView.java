package org.veritext.app.ui.project;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.Set;
import org.veritext.app.live.LiveUpdates;
import org.veritext.app.ui.common.Abbreviation;
import org.veritext.app.ui.common.RoleFlag;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.project.ProjectService;
import org.veritext.core.project.ProjectSummary;

/**
 * The user's projects, with his role in each and how big they are; an admin sees every project (he manages them) and
 * those he is not a member of are marked so, since their articles stay closed to him. Admins create projects here.
 */
@Route("projects")
@PageTitle("Projects · Veritext")
@PermitAll
@StyleSheet("context://css/admin.css")
public class ProjectListView extends Div {

    /** The name links to the project's page (a real link: keyboard, new tab); Lit escapes the name. */
    private static final String NAME = "<a class=\"grid-link\" router-link href=\"${item.href}\">${item.name}</a>";
    /** The changes that alter what the list shows: projects, their members, their article counts. */
    private static final Set<ChangeKind> LISTED_CHANGES =
            EnumSet.of(ChangeKind.PROJECT_CREATED, ChangeKind.PROJECT_CHANGED, ChangeKind.ARTICLE_IMPORTED);

    private final ProjectService projects;
    private final LiveUpdates liveUpdates;
    private final Grid<ProjectSummary> grid = new Grid<>(ProjectSummary.class, false);
    private Registration following;

    public ProjectListView(ProjectService projects, Access access, LiveUpdates liveUpdates) {
        this.projects = projects;
        this.liveUpdates = liveUpdates;
        addClassNames("admin-list-view", "project-list-view");

        Div toolbar = new Div(new H2("Projects"));
        toolbar.addClassName("list-toolbar");
        if (access.can(Permission.ADMINISTER)) {
            Button create = new Button("New project", VaadinIcon.PLUS.create(),
                    click -> ProjectForm.forNew(projects, created -> ProjectView.open(created.id())).open());
            create.setId("project-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.setId("projects-grid");
        grid.addColumn(LitRenderer.<ProjectSummary>of(NAME)
                        .withProperty("name", ProjectSummary::name)
                        .withProperty("href", project -> ProjectView.path(project.id())))
                .setHeader("Project").setFlexGrow(2).setTooltipGenerator(ProjectSummary::name);
        grid.addColumn(project -> Abbreviation.of(project.description().replace('\n', ' '), 120))
                .setHeader("Description").setFlexGrow(4).setTooltipGenerator(ProjectSummary::description);
        grid.addColumn(new ComponentRenderer<>(ProjectListView::role)).setHeader("Your role").setFlexGrow(0)
                .setWidth("10em");
        grid.addColumn(ProjectSummary::members).setHeader("Members").setFlexGrow(0).setWidth("8em");
        grid.addColumn(new ComponentRenderer<>(ProjectListView::articles)).setHeader("Articles").setFlexGrow(0)
                .setWidth("8em");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("You are not a member of any project yet. Ask an admin or a project's manager to "
                + "add you.");
        refresh();
        add(toolbar, grid);
    }

    /** Projects created or changed by colleagues, and new articles, appear without a reload. */
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
        grid.setItems(projects.list());
    }

    private static Component role(ProjectSummary project) {
        return project.isMember() ? RoleFlag.of(project.myRole()) : RoleFlag.notAMember();
    }

    /** The count, as a link to the article list filtered by the project; a non-member's count is not a way in. */
    private static Component articles(ProjectSummary project) {
        if (!project.isMember()) {
            return new Span(String.valueOf(project.articles()));
        }
        return ProjectView.articlesLink(String.valueOf(project.articles()), project.id());
    }
}
