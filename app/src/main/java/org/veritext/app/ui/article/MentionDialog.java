package org.veritext.app.ui.article;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.actor.ActorService;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.event.EventRef;
import org.veritext.core.event.EventService;
import org.veritext.core.names.NameKeys;

/**
 * Who or what the selected words name: one combo box over actors and events, already searching for the selected
 * words (in any spelling or script), Enter to mark. A name nobody has yet creates the actor (Enter on the typed
 * name). The mark itself is made by the caller.
 */
class MentionDialog extends Dialog {

    /** An actor or an event, as the combo box lists them. */
    record Named(ActorRef actor, EventRef event) {

        String name() {
            return actor != null ? actor.name() : event.title();
        }

        String label() {
            return actor != null ? actor.name() + " \u00B7 " + actor.type().label()
                    : event.title() + " \u00B7 " + event.type().label();
        }
    }

    private final ComboBox<Named> named = new ComboBox<>("Who or what is named here?");
    private final Checkbox alsoAlias = new Checkbox();

    MentionDialog(TextSelection selection, ActorService actors, EventService events, Consumer<Named> onChosen) {
        setId("mention-dialog");
        setHeaderTitle("Mark a mention");
        named.setId("mention-target");
        named.setWidthFull();
        named.setItemLabelGenerator(Named::label);
        named.setItems(query -> {
            if (query.getOffset() > 0) {
                return Stream.empty();
            }
            String typed = query.getFilter().orElse("");
            List<Named> found = new ArrayList<>();
            actors.complete(typed, 10).forEach(actor -> found.add(new Named(actor, null)));
            events.complete(typed, 5).forEach(event -> found.add(new Named(null, event)));
            return found.stream().limit(query.getLimit());
        });
        named.setAllowCustomValue(true);
        named.setHelperText("Enter picks the first name that begins with what you typed; a name nobody has yet "
                + "creates the actor.");
        // Enter on typed text that is not exactly a listed name: if it is plainly the beginning of one ("Rus" for
        // Russia), that one is meant, as in the claim editor's pickers; only a name nobody has creates an actor.
        named.addCustomValueSetListener(typed -> {
            List<Named> offers = new ArrayList<>();
            actors.complete(typed.getDetail(), 5).forEach(actor -> offers.add(new Named(actor, null)));
            events.complete(typed.getDetail(), 3).forEach(event -> offers.add(new Named(null, event)));
            TypedName.bestMatch(typed.getDetail(), offers, Named::name).ifPresentOrElse(match -> {
                onChosen.accept(match);
                close();
            }, () -> new QuickActorDialog(actors, typed.getDetail(), actor -> {
                onChosen.accept(new Named(actor, null));
                close();
            }).open());
        });
        // "Moscow" for Russia: offer to teach the catalog the name, so the next article's "Moscow" is found by itself.
        alsoAlias.setId("mention-add-alias");
        alsoAlias.setVisible(false);
        named.addValueChangeListener(chosen -> {
            Named target = chosen.getValue();
            boolean newName = target != null && target.actor() != null
                    && !NameKeys.fold(target.actor().name()).equals(NameKeys.fold(selection.quote()));
            alsoAlias.setVisible(newName);
            alsoAlias.setValue(false);
            if (newName) {
                alsoAlias.setLabel("Also know \u201C" + selection.quote().strip() + "\u201D as a name of "
                        + target.actor().name());
            }
        });
        add(new Paragraph("\u201C" + selection.quote() + "\u201D"), named, alsoAlias);

        Button mark = new Button("Mark", click -> {
            Named target = named.getValue();
            if (target != null) {
                if (alsoAlias.isVisible() && alsoAlias.getValue()) {
                    try {
                        actors.addAlias(target.actor().id(), selection.quote());
                    } catch (DomainException refused) {
                        Notifications.error(refused.getMessage()); // the mention is still made below
                    }
                }
                onChosen.accept(target);
                close();
            }
        });
        mark.setId("mention-mark");
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mark.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), mark);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                // Searching for the selected words: most often the first offer is the one.
                // The words go in the input too: setting only the filter searched for them but showed an empty box.
                // Opened once the dialog has settled: opened at once, the dialog's own focus handling closed the list again.
                named.getElement().executeJs("const box = this; box.inputElement.value = $0; box.filter = $0;"
                        + " setTimeout(() => { box.opened = true; }, 50);", selection.quote());
                named.focus();
            }
        });
    }
}
