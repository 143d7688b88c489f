package org.veritext.app.ui.project;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.veritext.app.ui.common.FormProblem;
import org.veritext.app.ui.common.OverLengthWarning;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.project.ProjectDetails;
import org.veritext.core.project.ProjectLimits;
import org.veritext.core.project.ProjectService;
import org.veritext.core.text.TextNormaliser;

/**
 * Creates a project (admins), or renames and describes one (its managers and admins). A refusal is said at the top
 * of the form and the typed text stays; if a colleague changed the project meanwhile, the form says so and shows
 * what he saved beside the typed text, so saving again is a decision, not an accident.
 */
class ProjectForm extends Dialog {

    private final ProjectService projects;
    private final Consumer<ProjectDetails> onSaved;
    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final FormProblem problem = new FormProblem("project-form-problem");
    private ProjectDetails editing;

    private ProjectForm(ProjectService projects, ProjectDetails editing, Consumer<ProjectDetails> onSaved) {
        this.projects = projects;
        this.editing = editing;
        this.onSaved = onSaved;
        setId("project-form");
        setHeaderTitle(editing == null ? "New project" : "Rename or describe the project");
        setWidth("min(36rem, 96vw)");
        setCloseOnOutsideClick(false); // a stray click must not throw the typed form away

        name.setId("project-name");
        name.setRequired(true);
        OverLengthWarning.watch(name, ProjectLimits.NAME, TextNormaliser::normaliseLine);
        description.setId("project-description");
        description.setMinHeight("7rem");
        description.setHelperText("What the team checks here, for whom: members see it on the project's page");
        OverLengthWarning.watch(description, ProjectLimits.DESCRIPTION, TextNormaliser::normalise);
        FormLayout form = new FormLayout(name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(problem, form);
        if (editing != null) {
            name.setValue(editing.name());
            description.setValue(editing.description());
        } else {
            Paragraph note = new Paragraph("You become the project's manager, so that you can add its members at once.");
            note.addClassName("form-note");
            add(note);
        }

        Button save = new Button(editing == null ? "Create" : "Save", click -> save());
        save.setId("project-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("project-cancel");
        getFooter().add(cancel, save);
    }

    static ProjectForm forNew(ProjectService projects, Consumer<ProjectDetails> onCreated) {
        return new ProjectForm(projects, null, onCreated);
    }

    /** A form for {@code project} as shown: its version goes back with the change. */
    static ProjectForm forEdit(ProjectService projects, ProjectDetails project, Consumer<ProjectDetails> onSaved) {
        return new ProjectForm(projects, project, onSaved);
    }

    private void save() {
        if (editing == null) {
            saved(() -> projects.create(name.getValue(), description.getValue()), "Project created.");
        } else {
            saved(() -> projects.describe(editing.id(), editing.version(), name.getValue(), description.getValue()),
                    "Project saved.");
        }
    }

    private void saved(Supplier<ProjectDetails> saving, String confirmation) {
        problem.clear();
        try {
            ProjectDetails saved = saving.get();
            close();
            Notifications.success(confirmation);
            onSaved.accept(saved);
        } catch (EditConflictException conflict) {
            editing = projects.get(editing.id());
            problem.show(conflict.getMessage() + " It is now called \u201C" + editing.name()
                    + "\u201D; your text is still here. Save again to replace it.");
        } catch (DomainException refused) {
            problem.show(refused.getMessage());
        }
    }
}
