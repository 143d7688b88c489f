package org.veritext.app.ui.event;

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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
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
import org.veritext.core.actor.ActorService;
import org.veritext.core.changes.SubjectType;
import org.veritext.core.event.EventDetails;
import org.veritext.core.event.EventService;

/** Every event, most recent first, filterable by title; the way in to creating one. */
@Route("events")
@PageTitle("Events · Veritext")
@PermitAll
public class EventListView extends Div implements BeforeEnterObserver {

    /** The title links to the event's page (a real link: keyboard, new tab); Lit escapes the title. */
    private static final String TITLE = "<a class=\"grid-link\" router-link href=\"${item.href}\">${item.title}</a>";

    private final Access access;
    private final LiveUpdates liveUpdates;
    private final Grid<EventDetails> grid = new Grid<>(EventDetails.class, false);
    private final TextField filter = new TextField();
    private Registration following;

    public EventListView(EventService events, ActorService actors, LiveUpdates liveUpdates, Access access) {
        this.access = access;
        this.liveUpdates = liveUpdates;
        addClassNames("catalog-list-view", "event-list-view");

        filter.setId("event-filter");
        filter.setPlaceholder("Filter by title");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> {
            grid.setEmptyStateText(emptyText());
            grid.getDataProvider().refreshAll();
        });
        filter.setAriaLabel("Filter events by title");

        Button newEvent = new Button("New event", VaadinIcon.PLUS.create(),
                click -> new EventForm(events, actors, null, created -> EventView.open(created.id())).open());
        newEvent.setId("new-event");
        newEvent.setVisible(access.can(Permission.EDIT_CATALOG));
        newEvent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div toolbar = new Div(new H2("Events"), filter, newEvent);
        toolbar.addClassName("list-toolbar");

        grid.setId("event-grid");
        grid.addColumn(LitRenderer.<EventDetails>of(TITLE)
                        .withProperty("title", EventDetails::title)
                        .withProperty("href", event -> EventView.path(event.id())))
                .setHeader("Title").setSortProperty("title").setFlexGrow(4)
                .setTooltipGenerator(EventDetails::title);
        grid.addColumn(event -> event.type().label()).setHeader("Type").setFlexGrow(2);
        grid.addColumn(event -> EventDates.of(event.startsOn(), event.endsOn())).setHeader("Dates")
                .setSortProperty("startsOn").setFlexGrow(2);
        grid.addColumn(event -> Abbreviation.of(event.place(), 40)).setHeader("Place").setFlexGrow(2)
                .setTooltipGenerator(EventDetails::place);
        grid.addColumn(event -> event.partOf() == null ? "" : Abbreviation.of(event.partOf().title(), 50))
                .setHeader("Part of").setFlexGrow(3)
                .setTooltipGenerator(event -> event.partOf() == null ? "" : event.partOf().title());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> events.list(filter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> EventView.open(click.getItem().id()));
        grid.setEmptyStateText(emptyText());

        add(toolbar, grid);
    }

    private String emptyText() {
        return filter.isEmpty() ? "No events yet. Create one with \u201CNew event\u201D."
                : "No event has a title containing \u201C" + Abbreviation.of(filter.getValue().strip(), 40)
                + "\u201D. Create it with \u201CNew event\u201D.";
    }

    /** Someone in no project may not see the catalog: to him the page does not exist, as any page he may not see. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.can(Permission.READ_CATALOG)) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Events created or changed by colleagues appear without a reload. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        following = liveUpdates.subscribe(attach.getUI(), change -> change.subjectType() == SubjectType.EVENT,
                changes -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.remove();
        super.onDetach(detach);
    }
}
