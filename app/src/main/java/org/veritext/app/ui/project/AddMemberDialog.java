package org.veritext.app.ui.project;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.veritext.app.ui.common.FormProblem;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.project.ProjectDetails;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.project.ProjectService;
import org.veritext.core.user.Person;

/**
 * Adds someone who may sign in to the project, in a role. The choice stays when the service refuses; when a
 * colleague changed the members meanwhile, the page behind shows them as they are now and saving again adds him.
 */
class AddMemberDialog extends Dialog {

    private final ProjectService projects;
    private final Supplier<ProjectDetails> current;
    private final Runnable reload;
    private final Consumer<ProjectDetails> onAdded;
    private final ComboBox<Person> person = new ComboBox<>("Person");
    private final Select<ProjectRole> role = new Select<>();
    private final FormProblem problem = new FormProblem("member-form-problem");

    /**
     * @param current the project as the page shows it now (its version goes with the change)
     * @param reload  re-reads the project into the page, after a colleague's change
     */
    AddMemberDialog(ProjectService projects, Supplier<ProjectDetails> current, Runnable reload,
                    Consumer<ProjectDetails> onAdded) {
        this.projects = projects;
        this.current = current;
        this.reload = reload;
        this.onAdded = onAdded;
        setId("member-dialog");
        setHeaderTitle("Add a member to " + current.get().name());
        setWidth("min(30rem, 96vw)");
        setCloseOnOutsideClick(false);

        List<Person> candidates = projects.candidates(current.get().id());
        person.setId("member-user");
        person.setItems(candidates);
        person.setItemLabelGenerator(candidate -> candidate.name().equals(candidate.username()) ? candidate.username()
                : candidate.name() + " (" + candidate.username() + ")");
        person.setRequired(true);
        person.setPlaceholder(candidates.isEmpty() ? "Everyone is a member already" : "Type a name");
        person.setHelperText("Everyone who can sign in and is not in the project yet");
        role.setId("member-role");
        role.setLabel("Role");
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(ProjectRole::label);
        role.setPlaceholder("Choose");
        role.setRequiredIndicatorVisible(true);
        role.setHelperText("Annotators highlight claims, reviewers decide on them, managers do both and manage "
                + "the team");
        FormLayout form = new FormLayout(person, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(problem, form);

        Button save = new Button("Add", click -> save());
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("member-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        problem.clear();
        if (person.getValue() == null) {
            problem.show("Choose whom to add.");
            return;
        }
        Person added = person.getValue();
        ProjectDetails project = current.get();
        try {
            ProjectDetails saved = projects.setMember(project.id(), project.version(), added.id(), role.getValue());
            close();
            Notifications.success(added.name() + " is " + role.getValue().label().toLowerCase(java.util.Locale.ROOT)
                    + " in " + saved.name() + " now.");
            onAdded.accept(saved);
        } catch (EditConflictException conflict) {
            reload.run();
            problem.show(conflict.getMessage() + " The members behind this form are up to date now: add "
                    + added.name() + " again if he is still missing.");
        } catch (DomainException refused) {
            problem.show(refused.getMessage());
        }
    }
}
