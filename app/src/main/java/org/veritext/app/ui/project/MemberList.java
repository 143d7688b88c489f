package org.veritext.app.ui.project;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.UUID;
import org.veritext.app.ui.common.RoleFlag;
import org.veritext.core.project.ProjectDetails.Member;
import org.veritext.core.project.ProjectRole;

/**
 * A project's members with their roles. To those who manage the members, each row offers a role to choose and a way
 * to remove the member; whether that is allowed (the last manager) is the service's to say.
 */
class MemberList extends Grid<Member> {

    /** What a manager does to a member from his row. */
    interface Actions {
        void changeRole(Member member, ProjectRole role);

        void remove(Member member);
    }

    private final boolean manageable;
    private final UUID me;
    private final Actions actions;

    MemberList(List<Member> members, boolean manageable, UUID me, Actions actions) {
        super(Member.class, false);
        this.manageable = manageable;
        this.me = me;
        this.actions = actions;
        setId("project-members");
        addColumn(new ComponentRenderer<>(this::name)).setHeader("Name").setFlexGrow(2);
        addColumn(member -> member.person().username()).setHeader("Username").setFlexGrow(1);
        addColumn(new ComponentRenderer<>(this::role)).setHeader("Role").setFlexGrow(1);
        if (manageable) {
            addColumn(new ComponentRenderer<>(this::removeButton)).setFlexGrow(0).setWidth("9em");
        }
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true); // a team, not a crowd: the page scrolls, not the list
        setItems(members);
    }

    private Component name(Member member) {
        Span name = new Span(member.person().name());
        if (!member.person().id().equals(me)) {
            return name;
        }
        Span you = new Span("you");
        you.addClassNames("account-flag", "flag-you");
        return new Span(name, you);
    }

    private Component role(Member member) {
        if (!manageable) {
            return RoleFlag.of(member.role());
        }
        Select<ProjectRole> role = new Select<>();
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(ProjectRole::label);
        role.setValue(member.role());
        role.addClassName("member-role-select");
        role.getElement().setAttribute("data-user", member.person().username());
        role.setAriaLabel("Role of " + member.person().name());
        role.addThemeVariants(SelectVariant.LUMO_SMALL);
        role.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                actions.changeRole(member, change.getValue());
            }
        });
        return role;
    }

    private Component removeButton(Member member) {
        Button remove = new Button("Remove", VaadinIcon.CLOSE_SMALL.create(), click -> actions.remove(member));
        remove.addClassName("member-remove");
        remove.getElement().setAttribute("data-user", member.person().username());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setTooltipText("Remove " + member.person().name() + " from the project");
        return remove;
    }
}
