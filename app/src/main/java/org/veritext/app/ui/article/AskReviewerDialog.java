package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import org.veritext.core.user.Person;

/**
 * A manager asks one reviewer to review the claim, or leaves it to any reviewer of the project (an empty choice).
 * Only people who may review it are offered: the project's reviewers and managers, minus its maker and last editor
 * (four eyes).
 */
final class AskReviewerDialog extends Dialog {

    AskReviewerDialog(List<Person> reviewers, Person current, Consumer<Person> chosen) {
        setId("ask-reviewer-dialog");
        setHeaderTitle("Ask a reviewer");
        ComboBox<Person> choice = new ComboBox<>("Reviewer");
        choice.setId("reviewer-choice");
        choice.setItems(reviewers);
        choice.setItemLabelGenerator(person -> person.name() + " (@" + person.username() + ")");
        choice.setClearButtonVisible(true);
        choice.setPlaceholder("Any reviewer of the project");
        choice.setHelperText("Leave empty to let any reviewer of the project take it.");
        choice.setWidth("min(24rem, 80vw)");
        reviewers.stream().filter(person -> current != null && person.id().equals(current.id())).findFirst()
                .ifPresent(choice::setValue);
        add(choice);

        Button confirm = new Button("Ask", click -> {
            close();
            chosen.accept(choice.getValue());
        });
        confirm.setId("reviewer-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
