package org.veritext.app.ui.actor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.veritext.core.actor.ActorRef;

/**
 * Shown in the actor form when the new actor's name probably means an actor that exists already: each of those with
 * a link to open it, and a button to create the new one all the same. The form keeps what was typed.
 */
class SimilarActorsWarning extends Div {

    private final UnorderedList list = new UnorderedList();
    private final Runnable onOpen;

    /**
     * @param onOpen         called when one of the existing actors is opened (the form closes)
     * @param onCreateAnyway called when the user confirms the new actor is someone else
     */
    SimilarActorsWarning(Runnable onOpen, Runnable onCreateAnyway) {
        this.onOpen = onOpen;
        setId("actor-similar");
        addClassName("similar-actors");
        getElement().setAttribute("role", "alert");
        Button createAnyway = new Button("Create anyway", click -> onCreateAnyway.run());
        createAnyway.setId("actor-create-anyway");
        createAnyway.addThemeVariants(ButtonVariant.LUMO_SMALL);
        createAnyway.setTooltipText("This is someone else: create the new actor");
        list.addClassName("similar-actors-list");
        add(new Paragraph("There may already be such an actor. Open it to use it, or create the new one if it is "
                + "someone else."), list, createAnyway);
        setVisible(false);
    }

    void show(List<ActorRef> similar) {
        list.removeAll();
        for (ActorRef actor : similar) {
            Span name = new Span(actor.name());
            name.addClassName("similar-actor-name");
            Span kind = new Span(actor.type().label());
            kind.addClassName("picker-kind");
            RouterLink open = ActorView.link("Open it", actor.id());
            open.addClassName("similar-actor-open");
            open.getElement().setAttribute("data-actor-id", actor.id().toString());
            open.getElement().addEventListener("click", click -> onOpen.run());
            list.add(new ListItem(name, kind, open));
        }
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
