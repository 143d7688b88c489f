package org.veritext.app.ui.actor;

import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.veritext.app.live.LiveUpdates;
import org.veritext.app.ui.common.Abbreviation;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorService;
import org.veritext.core.changes.SubjectType;

/** Every actor, by name, filterable by any of his names; the way in to creating one. */
@Route("actors")
@PageTitle("Actors · Veritext")
@PermitAll
public class ActorListView extends Div implements BeforeEnterObserver {

    /** The name links to the actor's page (a real link: keyboard, new tab); Lit escapes the name. */
    private static final String NAME = "<a class=\"grid-link\" router-link href=\"${item.href}\">${item.name}</a>";

    private final Access access;
    private final LiveUpdates liveUpdates;
    private final Grid<ActorDetails> grid = new Grid<>(ActorDetails.class, false);
    private final TextField filter = new TextField();
    private Registration following;

    public ActorListView(ActorService actors, LiveUpdates liveUpdates, Access access) {
        this.access = access;
        this.liveUpdates = liveUpdates;
        addClassNames("catalog-list-view", "actor-list-view");

        filter.setId("actor-filter");
        filter.setPlaceholder("Filter by name or alias");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> {
            grid.setEmptyStateText(emptyText());
            grid.getDataProvider().refreshAll();
        });
        filter.setAriaLabel("Filter actors by name or alias");

        Button newActor = new Button("New actor", VaadinIcon.PLUS.create(),
                click -> ActorForm.forNew(actors, created -> ActorView.open(created.id())).open());
        newActor.setId("new-actor");
        newActor.setVisible(access.can(Permission.EDIT_CATALOG));
        newActor.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div toolbar = new Div(new H2("Actors"), filter, newActor);
        toolbar.addClassName("list-toolbar");

        grid.setId("actor-grid");
        grid.addColumn(LitRenderer.<ActorDetails>of(NAME)
                        .withProperty("name", ActorDetails::name)
                        .withProperty("href", actor -> ActorView.path(actor.id())))
                .setHeader("Name").setSortProperty("name").setFlexGrow(3)
                .setTooltipGenerator(ActorDetails::name);
        grid.addColumn(actor -> actor.type().label()).setHeader("Type").setFlexGrow(1);
        grid.addColumn(actor -> Abbreviation.of(String.join(", ", actor.aliases()), 60)).setHeader("Also known as")
                .setFlexGrow(3).setTooltipGenerator(actor -> String.join(", ", actor.aliases()));
        grid.addColumn(new ComponentRenderer<>(actor -> actor.wikidataId() == null ? new Span()
                : WikidataLink.of(actor))).setHeader("Wikidata").setFlexGrow(0).setWidth("8em");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> actors.list(filter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> ActorView.open(click.getItem().id()));
        grid.setEmptyStateText(emptyText());

        add(toolbar, grid);
    }

    private String emptyText() {
        return filter.isEmpty() ? "No actors yet. Create one with \u201CNew actor\u201D."
                : "No actor has a name or alias containing \u201C" + Abbreviation.of(filter.getValue().strip(), 40)
                + "\u201D. Create it with \u201CNew actor\u201D.";
    }

    /** Someone in no project may not see the catalog: to him the page does not exist, as any page he may not see. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.can(Permission.READ_CATALOG)) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Actors created, changed or merged by colleagues appear without a reload. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        following = liveUpdates.subscribe(attach.getUI(), change -> change.subjectType() == SubjectType.ACTOR,
                changes -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.remove();
        super.onDetach(detach);
    }
}
