package org.veritext.app.ui.actor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.veritext.app.ui.common.FormProblem;
import org.veritext.app.ui.common.OverLengthWarning;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorLimits;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.actor.ActorType;
import org.veritext.core.actor.SimilarActorsException;
import org.veritext.core.text.TextNormaliser;

/**
 * Creates an actor, or changes one. Whatever the service refuses (an over-long name, a Wikidata id that is none, a
 * colleague's newer save) is said at the top of the form, and the typed values stay. A new actor whose name probably
 * exists already is not created until the user has seen the similar actors and chosen "Create anyway".
 */
public class ActorForm extends Dialog {

    private final ActorService actors;
    private final ActorDetails editing;
    private final Consumer<ActorDetails> onSaved;

    private final TextField name = new TextField("Name");
    private final Select<ActorType> type = new Select<>();
    private final AliasesField aliases = new AliasesField("Also known as");
    private final TextArea description = new TextArea("Description");
    private final TextField wikidata = new TextField("Wikidata id");
    private final ActorPicker affiliation;
    private final FormProblem problem = new FormProblem("actor-form-problem");
    private final SimilarActorsWarning similar;

    private ActorForm(ActorService actors, ActorDetails editing, Consumer<ActorDetails> onSaved) {
        this.actors = actors;
        this.editing = editing;
        this.onSaved = onSaved;
        this.affiliation = new ActorPicker("Affiliated with", actors);
        this.similar = new SimilarActorsWarning(this::close, this::createAnyway);
        setId("actor-form");
        setHeaderTitle(editing == null ? "New actor" : "Edit actor");
        setWidth("min(44rem, 96vw)");
        setCloseOnOutsideClick(false); // a stray click must not throw the typed form away

        configureFields();
        FormLayout form = new FormLayout(name, type, aliases, description, wikidata, affiliation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(name, 2);
        form.setColspan(aliases, 2);
        form.setColspan(description, 2);
        add(problem, similar, form);

        Button save = new Button(editing == null ? "Create" : "Save", click -> save());
        save.setId("actor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("actor-cancel");
        getFooter().add(cancel, save);
        if (editing != null) {
            fill(editing);
        }
    }

    /** A form for a new actor; {@code onCreated} gets it once it is saved. */
    public static ActorForm forNew(ActorService actors, Consumer<ActorDetails> onCreated) {
        return new ActorForm(actors, null, onCreated);
    }

    /** A form for changing {@code actor} as shown (its version is sent back); {@code onSaved} gets the saved one. */
    public static ActorForm forEdit(ActorService actors, ActorDetails actor, Consumer<ActorDetails> onSaved) {
        return new ActorForm(actors, actor, onSaved);
    }

    private void configureFields() {
        // No maxLength anywhere: the browser would cut a long paste silently. Too long is shown, and refused.
        name.setId("actor-name");
        name.setRequired(true);
        OverLengthWarning.watch(name, ActorLimits.NAME, TextNormaliser::normaliseLine);
        name.addValueChangeListener(change -> similar.hide());
        type.setId("actor-type");
        type.setLabel("Type");
        type.setItems(ActorType.values());
        type.setItemLabelGenerator(ActorType::label);
        type.setPlaceholder("Choose");
        type.setRequiredIndicatorVisible(true);
        aliases.setId("actor-aliases");
        aliases.addValueChangeListener(change -> similar.hide());
        description.setId("actor-description");
        description.setMinHeight("6rem");
        OverLengthWarning.watch(description, ActorLimits.DESCRIPTION, TextNormaliser::normalise);
        wikidata.setId("actor-wikidata");
        wikidata.setPlaceholder("Q3874799");
        wikidata.setHelperText("The item's id, or paste its address");
        affiliation.setId("actor-affiliation");
        affiliation.setHelperText("The organisation or government this actor belongs to or speaks for");
        affiliation.exclude(editing == null ? null : editing.id());
    }

    private void fill(ActorDetails actor) {
        name.setValue(actor.name());
        type.setValue(actor.type());
        aliases.setAliases(actor.aliases());
        description.setValue(actor.description());
        wikidata.setValue(actor.wikidataId() == null ? "" : actor.wikidataId());
        affiliation.setValue(actor.affiliation());
    }

    private ActorDraft draft() {
        return new ActorDraft(name.getValue(), type.getValue(), aliases.aliases(), description.getValue(),
                wikidata.getValue(), affiliation.getValue() == null ? null : affiliation.getValue().id());
    }

    private void save() {
        if (editing == null) {
            create(DuplicateCheck.WARN);
        } else {
            saved(() -> actors.update(editing.id(), editing.version(), draft()), "Actor saved.");
        }
    }

    private void createAnyway() {
        create(DuplicateCheck.CREATE_ANYWAY);
    }

    private void create(DuplicateCheck check) {
        saved(() -> actors.create(draft(), check), "Actor created.");
    }

    private void saved(Supplier<ActorDetails> saving, String confirmation) {
        problem.clear();
        try {
            ActorDetails saved = saving.get();
            close();
            Notifications.success(confirmation);
            onSaved.accept(saved);
        } catch (SimilarActorsException probablyKnown) {
            similar.show(probablyKnown.similar());
        } catch (DomainException refused) {
            similar.hide();
            problem.show(refused.getMessage());
        }
    }
}
