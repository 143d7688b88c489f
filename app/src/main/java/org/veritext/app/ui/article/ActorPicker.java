package org.veritext.app.ui.article;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.actor.ActorService;

/**
 * Links actors in one role: a combo box that finds actors as you type, in any spelling or script, and creates a
 * new one from what was typed when nobody matches (Enter), asking only his name and kind.
 */
class ActorPicker extends MultiSelectComboBox<ActorRef> {

    private static final int SHOWN = 20;

    ActorPicker(String label, String id, ActorService actors) {
        super(label);
        setId(id);
        setWidthFull();
        setAutoExpand(AutoExpandMode.VERTICAL); // every chosen name whole, on as many rows as it takes
        setItemLabelGenerator(actor -> actor.name() + " \u00B7 " + actor.type().label());
        setItems(query -> query.getOffset() > 0 ? java.util.stream.Stream.empty()
                : actors.complete(query.getFilter().orElse(""), Math.min(query.getLimit(), SHOWN)).stream());
        setAllowCustomValue(true);
        // One pick is the usual case: close the list at once, so the next click or key is not swallowed by it.
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                closeList();
            }
        });
        setPlaceholder("Type a name; Enter adds a new one");

        // Enter on typed text that is not exactly an offered name: the web component calls it a new value. If it is
        // plainly the beginning of a known actor's name ("Lucia" for Lucia Ferreira), that actor is meant.
        addCustomValueSetListener(typed -> TypedName.bestMatch(typed.getDetail(),
                        actors.complete(typed.getDetail(), 5), ActorRef::name)
                .ifPresentOrElse(this::add, () -> new QuickActorDialog(actors, typed.getDetail(), this::add).open()));
    }

    /** Adds an actor to those selected (after creating it, or choosing an existing one instead). */
    void add(ActorRef actor) {
        Set<ActorRef> selected = new LinkedHashSet<>(getSelectedItems());
        selected.add(actor);
        setValue(selected);
        closeList();
        PickerFocus.returnUnlessMovedOn(this);
    }

    List<ActorRef> selectedInOrder() {
        return new ArrayList<>(getSelectedItems());
    }

    /** Closes the list and clears what was typed, leaving the chosen names as chips. */
    private void closeList() {
        getElement().executeJs("this.opened = false; this.filter = '';");
    }
}
