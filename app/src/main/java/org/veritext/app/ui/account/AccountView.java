package org.veritext.app.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.veritext.app.ui.common.RoleFlag;
import org.veritext.app.ui.project.ProjectView;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.project.ProjectService;
import org.veritext.core.project.ProjectSummary;
import org.veritext.core.user.Person;
import org.veritext.core.user.UserAccountService;

/** The signed-in user's own account: who he is to colleagues, his projects with his role in each, his password. */
@Route("account")
@PageTitle("My account · Veritext")
@PermitAll
@StyleSheet("context://css/admin.css")
public class AccountView extends Div {

    public AccountView(UserAccountService accounts, ProjectService projects, Access access) {
        addClassNames("admin-page", "account-view");
        Person me = accounts.me();
        List<ProjectSummary> mine = projects.list().stream().filter(ProjectSummary::isMember).toList();

        H2 title = new H2("My account");
        title.addClassName("page-title");
        DescriptionList facts = new DescriptionList();
        facts.setId("account-facts");
        facts.addClassName("account-facts");
        facts.add(new DescriptionList.Term("Name"), value("account-name", me.name()),
                new DescriptionList.Term("Username"), value("account-username", me.username()));
        if (access.can(Permission.ADMINISTER)) {
            facts.add(new DescriptionList.Term("Also"), value("account-admin", "Admin: manages users and projects"));
        }

        Section projectSection = new Section(new H3("My projects"), projectList(mine));
        projectSection.addClassName("page-section");
        PasswordChangeForm password = new PasswordChangeForm(accounts);
        Section passwordSection = new Section(password);
        passwordSection.addClassNames("page-section");
        add(title, facts, projectSection, passwordSection);
    }

    private static DescriptionList.Description value(String id, String text) {
        DescriptionList.Description value = new DescriptionList.Description(text);
        value.setId(id);
        return value;
    }

    private static Component projectList(List<ProjectSummary> mine) {
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph("You are not a member of any project yet. Ask an admin or a project's "
                    + "manager to add you.");
            none.setId("account-projects");
            none.addClassName("page-empty");
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setId("account-projects");
        list.addClassName("account-projects");
        for (ProjectSummary project : mine) {
            list.add(new ListItem(ProjectView.link(project.name(), project.id()), RoleFlag.of(project.myRole())));
        }
        return list;
    }
}
