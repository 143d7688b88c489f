package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.veritext.app.ui.common.FormProblem;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.core.DomainException;
import org.veritext.core.access.Permission;
import org.veritext.core.assignment.Assignment;
import org.veritext.core.assignment.AssignmentService;
import org.veritext.core.assignment.Duty;
import org.veritext.core.project.ProjectDetails;
import org.veritext.core.project.ProjectDetails.Member;

/**
 * Who is asked to annotate or review an article, for a manager to change: the current assignments, each with a
 * button to withdraw it, and a member and a duty to add. Only members whose role allows the duty are offered; the
 * service checks it again (and that the caller manages the project), and its refusal is shown in its own words.
 */
@StyleSheet("context://css/team.css")
public class AssignDialog extends Dialog {

    private final AssignmentService assignments;
    private final UUID articleId;
    private final Div current = new Div();
    private final Select<Member> member = new Select<>();
    private final Select<Duty> duty = new Select<>();
    private final FormProblem problem = new FormProblem("assign-problem");

    public AssignDialog(AssignmentService assignments, UUID articleId, String articleTitle, ProjectDetails project) {
        this.assignments = assignments;
        this.articleId = articleId;
        setId("assign-dialog");
        setHeaderTitle("Assign \u201C" + articleTitle + "\u201D");
        current.setId("assign-current");
        current.addClassName("assign-current");

        member.setId("assign-member");
        member.setLabel("Member");
        member.setItems(project.members().stream()
                .filter(candidate -> !duties(candidate).isEmpty()).toList());
        member.setItemLabelGenerator(candidate -> candidate.person().name() + " (" + candidate.role().label() + ")");
        member.addValueChangeListener(change -> {
            List<Duty> allowed = change.getValue() == null ? List.of() : duties(change.getValue());
            duty.setItems(allowed);
            duty.setValue(allowed.isEmpty() ? null : allowed.getLast());
        });
        duty.setId("assign-duty");
        duty.setLabel("To");
        duty.setItemLabelGenerator(Duty::label);

        Button assign = new Button("Assign", VaadinIcon.USER_CHECK.create(), click -> assign());
        assign.setId("assign-confirm");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(member, duty, assign);
        form.addClassName("assign-form");

        Button close = new Button("Close", click -> close());
        close.setId("assign-close");
        getFooter().add(close);
        add(problem, current, form);
        show(assignments.of(articleId));
    }

    /** What the member's role lets him be asked to do. */
    private static List<Duty> duties(Member member) {
        List<Duty> allowed = new ArrayList<>();
        if (Permission.ANNOTATE.isGrantedTo(member.role())) {
            allowed.add(Duty.ANNOTATE);
        }
        if (Permission.REVIEW.isGrantedTo(member.role())) {
            allowed.add(Duty.REVIEW);
        }
        return allowed;
    }

    private void assign() {
        if (member.getValue() == null || duty.getValue() == null) {
            problem.show("Choose a member and what he is asked to do.");
            return;
        }
        try {
            show(assignments.assign(articleId, member.getValue().person().id(), duty.getValue()));
            problem.clear();
        } catch (DomainException refused) {
            problem.show(refused.getMessage());
        }
    }

    private void unassign(Assignment assignment) {
        try {
            show(assignments.unassign(articleId, assignment.person().id(), assignment.duty()));
            problem.clear();
        } catch (DomainException refused) {
            problem.show(refused.getMessage());
        }
    }

    private void show(List<Assignment> now) {
        current.removeAll();
        if (now.isEmpty()) {
            current.add(new Paragraph("Nobody is asked to work on this article yet."));
        }
        for (Assignment assignment : now) {
            Button withdraw = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> unassign(assignment));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            withdraw.setAriaLabel("Withdraw: " + assignment.person().name() + ", " + assignment.duty().label());
            Div row = new Div(new Span(assignment.person().name()), new Span(assignment.duty().label()),
                    new Span(LocalTimes.format(assignment.assignedAt())), withdraw);
            row.addClassName("assign-row");
            row.getElement().setAttribute("data-user", assignment.person().username());
            row.getElement().setAttribute("data-duty", assignment.duty().name());
            current.add(row);
        }
    }
}
