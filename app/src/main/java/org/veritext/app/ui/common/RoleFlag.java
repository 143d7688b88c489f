package org.veritext.app.ui.common;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.veritext.core.project.ProjectRole;

/** Someone's role in a project, as a small label; its text always says it, the colour only helps. */
public final class RoleFlag {

    private RoleFlag() {
    }

    public static Span of(ProjectRole role) {
        Span flag = new Span(role.label());
        flag.addClassNames("role-flag", "role-" + role.name().toLowerCase(Locale.ROOT));
        return flag;
    }

    /** An admin who manages the project without being in it: he cannot open its articles. */
    public static Span notAMember() {
        Span flag = new Span("Not a member");
        flag.addClassNames("role-flag", "role-none");
        flag.getElement().setAttribute("title", "You manage this project as an admin, but its articles are open only "
                + "to its members. Add yourself to work in it.");
        return flag;
    }
}
