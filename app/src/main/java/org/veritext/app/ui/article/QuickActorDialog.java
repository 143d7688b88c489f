package org.veritext.app.ui.article;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.actor.ActorType;
import org.veritext.core.actor.ActorTypeGuess;
import org.veritext.core.actor.SimilarActorsException;

/**
 * A new actor from the claim editor, without leaving it: the typed name, a guessed kind, Enter. If the name
 * probably means an actor that exists, he is offered first; "Create new anyway" goes ahead.
 */
class QuickActorDialog extends Dialog {

    private final ActorService actors;
    private final Consumer<ActorRef> onChosen;
    private final TextField name = new TextField("Name");
    private final Select<ActorType> type = new Select<>();
    private final Div similar = new Div();

    QuickActorDialog(ActorService actors, String typedName, Consumer<ActorRef> onChosen) {
        this.actors = actors;
        this.onChosen = onChosen;
        setId("quick-actor");
        setHeaderTitle("New actor");
        name.setId("quick-actor-name");
        name.setValue(typedName == null ? "" : typedName.strip());
        name.setWidthFull();
        type.setId("quick-actor-type");
        type.setLabel("Kind");
        type.setItems(ActorType.values());
        type.setItemLabelGenerator(ActorType::label);
        type.setValue(ActorTypeGuess.of(name.getValue()));
        similar.setId("quick-actor-similar");
        similar.addClassName("similar-choices");
        add(name, type, similar);

        Button create = new Button("Create", click -> create(DuplicateCheck.WARN));
        create.setId("quick-actor-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, create);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                name.focus();
            }
        });
    }

    private void create(DuplicateCheck check) {
        try {
            ActorDetails created = actors.create(ActorDraft.of(name.getValue(), type.getValue()), check);
            choose(created.ref());
            Notifications.success("Actor created: " + created.name() + ".");
        } catch (SimilarActorsException probablyExists) {
            offer(probablyExists);
        } catch (DomainException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void offer(SimilarActorsException probablyExists) {
        similar.removeAll();
        similar.add(new Span("Is it one of these?"));
        for (ActorRef existing : probablyExists.similar()) {
            Button use = new Button("Use " + existing.name() + " (" + existing.type().label().toLowerCase() + ")",
                    click -> choose(existing));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            use.addClassName("use-existing");
            similar.add(use);
        }
        Button anyway = new Button("Create new anyway", click -> create(DuplicateCheck.CREATE_ANYWAY));
        anyway.setId("quick-actor-create-anyway");
        anyway.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        similar.add(anyway);
        similar.getChildren().skip(1).findFirst().ifPresent(first -> ((Button) first).focus());
    }

    private void choose(ActorRef actor) {
        onChosen.accept(actor);
        close();
    }
}
