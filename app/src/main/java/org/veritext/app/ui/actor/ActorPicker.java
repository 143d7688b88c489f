package org.veritext.app.ui.actor;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.UUID;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.actor.ActorService;

/**
 * Chooses an actor by typing part of any of his names, in any spelling or script ({@link ActorService#complete}).
 * The actor being edited can be left out, so that he is never offered as his own affiliation or merge partner.
 */
public class ActorPicker extends ComboBox<ActorRef> {

    /** Names and types go through bindings, which Lit escapes: a name cannot become markup. */
    private static final String ITEM = """
            <div class="picker-item"><span>${item.name}</span> <span class="picker-kind">${item.type}</span></div>""";

    private UUID excluded;

    public ActorPicker(String label, ActorService actors) {
        super(label);
        setItems(query -> actors.complete(query.getFilter().orElse(""), query.getOffset() + query.getLimit() + 1)
                .stream()
                .filter(actor -> !actor.id().equals(excluded))
                .skip(query.getOffset())
                .limit(query.getLimit()));
        setItemLabelGenerator(ActorRef::name);
        setRenderer(LitRenderer.<ActorRef>of(ITEM)
                .withProperty("name", ActorRef::name)
                .withProperty("type", actor -> actor.type().label()));
        setClearButtonVisible(true);
        setPlaceholder("Type a name");
    }

    /** Leaves this actor out of the choices (null: none). */
    public void exclude(UUID actorId) {
        this.excluded = actorId;
    }
}
