package org.veritext.app.ui.project;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.veritext.app.live.LiveUpdates;
import org.veritext.app.ui.article.ArticleListView;
import org.veritext.app.ui.common.Ids;
import org.veritext.app.ui.common.RoleFlag;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.NotFoundException;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.project.ProjectDetails;
import org.veritext.core.project.ProjectDetails.Member;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.project.ProjectService;
import org.veritext.core.user.UserAccountService;

/**
 * One project: what it is for, and who works in it in which role. Its managers and admins rename and describe it
 * and manage its members here. Anyone else who is not a member is told it was not found, by the service. Changes
 * by colleagues show at once; a refusal (the last manager, a colleague's change in between) is said in the
 * service's words, and the page then shows the project as it is.
 */
@Route("projects/:projectId")
@PermitAll
@StyleSheet("context://css/admin.css")
public class ProjectView extends Div implements BeforeEnterObserver, HasDynamicTitle, MemberList.Actions {

    private static final String PARAMETER = "projectId";

    private final ProjectService projects;
    private final Access access;
    private final UserAccountService accounts;
    private final LiveUpdates liveUpdates;
    private ProjectDetails project;
    private Registration following;

    public ProjectView(ProjectService projects, Access access, UserAccountService accounts, LiveUpdates liveUpdates) {
        this.projects = projects;
        this.access = access;
        this.accounts = accounts;
        this.liveUpdates = liveUpdates;
        addClassNames("admin-page", "project-view");
    }

    /** The address of a project's page, relative to the application, e.g. for a link in a grid. */
    public static String path(UUID projectId) {
        return "projects/" + projectId;
    }

    /** A link to a project's page. */
    public static RouterLink link(String text, UUID projectId) {
        return new RouterLink(text, ProjectView.class, new RouteParameters(PARAMETER, projectId.toString()));
    }

    public static void open(UUID projectId) {
        UI.getCurrent().navigate(ProjectView.class, new RouteParameters(PARAMETER, projectId.toString()));
    }

    /** A link to the article list showing this project's articles only. */
    static RouterLink articlesLink(String text, UUID projectId) {
        RouterLink link = new RouterLink(text, ArticleListView.class);
        link.setQueryParameters(QueryParameters.of(ArticleListView.PROJECT_PARAMETER, projectId.toString()));
        link.addClassName("project-articles-link");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID projectId = event.getRouteParameters().get(PARAMETER).flatMap(Ids::parse)
                .orElseThrow(() -> new NotFoundException("There is no project at this address."));
        show(projects.get(projectId));
    }

    @Override
    public String getPageTitle() {
        return project == null ? "Project · Veritext" : project.name() + " · Veritext";
    }

    /** A colleague's change to the project (its name, its members) shows without a reload. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        following = liveUpdates.subscribe(attach.getUI(), change -> change.kind() == ChangeKind.PROJECT_CHANGED
                && project != null && project.id().equals(change.subjectId()), changes -> reloadIfChanged());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.remove();
        super.onDetach(detach);
    }

    @Override
    public void changeRole(Member member, ProjectRole role) {
        change(() -> projects.setMember(project.id(), project.version(), member.person().id(), role),
                member.person().name() + " is " + role.label().toLowerCase(Locale.ROOT) + " now.");
    }

    @Override
    public void remove(Member member) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("member-remove-confirm");
        confirm.setHeader("Remove " + member.person().name() + " from " + project.name() + "?");
        confirm.setText("He will no longer see the project's articles and claims. His work in it stays. You can add "
                + "him again at any time.");
        confirm.setCancelable(true);
        Button removeButton = new Button("Remove", click -> {
            confirm.close();
            change(() -> projects.removeMember(project.id(), project.version(), member.person().id()),
                    member.person().name() + " was removed from " + project.name() + ".");
        });
        removeButton.setId("member-remove-confirm-button");
        removeButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(removeButton);
        confirm.open();
    }

    private void show(ProjectDetails shown) {
        project = shown;
        boolean manageable = access.can(Permission.MANAGE_MEMBERS, shown.id());
        Optional<ProjectRole> myRole = access.roleIn(shown.id());
        removeAll();
        add(header(manageable, myRole), description(), members(manageable));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    /** The project as it is now; if the user may no longer see it (removed by a colleague), back to his list. */
    private void reload() {
        try {
            show(projects.get(project.id()));
        } catch (DomainException gone) {
            Notifications.error(gone.getMessage());
            UI.getCurrent().navigate(ProjectListView.class);
        }
    }

    /**
     * Re-renders only if the project moved on since it was shown: the user's own change arrives here too, a moment
     * after the page already shows it, and must not rebuild the page under his cursor.
     */
    private void reloadIfChanged() {
        try {
            ProjectDetails now = projects.get(project.id());
            if (now.version() != project.version()) {
                show(now);
            }
        } catch (DomainException gone) {
            Notifications.error(gone.getMessage());
            UI.getCurrent().navigate(ProjectListView.class);
        }
    }

    /** A change from a member's row: confirmed, or refused in the service's words; then the project as it is. */
    private void change(Supplier<ProjectDetails> change, String confirmation) {
        try {
            change.get();
            Notifications.success(confirmation);
        } catch (DomainException refused) {
            Notifications.error(refused.getMessage());
        }
        reload();
    }

    private Header header(boolean manageable, Optional<ProjectRole> myRole) {
        H2 name = new H2(project.name());
        name.setId("project-title");
        name.addClassName("page-title");
        Span role = myRole.map(RoleFlag::of).orElseGet(RoleFlag::notAMember);
        role.setId("project-my-role");
        Div heading = new Div(name, role);
        heading.addClassName("page-heading");

        Div actions = new Div();
        actions.addClassName("page-actions");
        if (myRole.isPresent()) {
            RouterLink articles = articlesLink("Articles", project.id());
            articles.setId("project-articles");
            articles.addComponentAsFirst(VaadinIcon.NEWSPAPER.create());
            actions.add(articles);
        }
        if (manageable) {
            Button edit = new Button("Rename or describe", VaadinIcon.EDIT.create(),
                    click -> ProjectForm.forEdit(projects, project, this::show).open());
            edit.setId("project-edit");
            actions.add(edit);
        }
        return new Header(heading, actions);
    }

    private Paragraph description() {
        Paragraph description = new Paragraph(project.description().isBlank() ? "No description yet."
                : project.description());
        description.setId("project-description-text");
        description.addClassName(project.description().isBlank() ? "page-empty" : "page-description");
        return description;
    }

    private Section members(boolean manageable) {
        H3 heading = new H3("Members ");
        Span count = new Span("(" + project.members().size() + ")");
        count.addClassName("claim-count");
        heading.add(count);
        Div bar = new Div(heading);
        bar.addClassName("section-bar");
        if (manageable) {
            Button add = new Button("Add member", VaadinIcon.PLUS.create(),
                    click -> new AddMemberDialog(projects, () -> project, this::reload, this::show).open());
            add.setId("member-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        Section section = new Section(bar, new MemberList(project.members(), manageable, accounts.me().id(), this));
        section.addClassName("page-section");
        return section;
    }
}
