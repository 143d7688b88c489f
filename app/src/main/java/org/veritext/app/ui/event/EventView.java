package org.veritext.app.ui.event;

import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;
import org.veritext.app.ui.actor.ActorView;
import org.veritext.app.ui.common.ClaimTimeline;
import org.veritext.app.ui.common.Ids;
import org.veritext.core.NotFoundException;
import org.veritext.core.actor.ActorService;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.LinkedClaim;
import org.veritext.core.event.EventDetails;
import org.veritext.core.event.EventDetails.ParticipantDetails;
import org.veritext.core.event.EventRef;
import org.veritext.core.event.EventService;

/** One event: what, when, where, what it is part of; who took part in what role; its sub-events; claims about it. */
@Route("events/:eventId")
@PermitAll
public class EventView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARAMETER = "eventId";

    private final EventService events;
    private final ActorService actors;
    private final ClaimService claims;
    private final Access access;
    private EventDetails event;

    public EventView(EventService events, ActorService actors, ClaimService claims, Access access) {
        this.access = access;
        this.events = events;
        this.actors = actors;
        this.claims = claims;
        addClassNames("catalog-page", "event-view");
    }

    /** The address of an event's page, relative to the application, e.g. for a link in a grid. */
    public static String path(UUID eventId) {
        return "events/" + eventId;
    }

    public static RouterLink link(String text, UUID eventId) {
        RouterLink link = new RouterLink(text, EventView.class, new RouteParameters(PARAMETER, eventId.toString()));
        link.addClassName("event-link");
        return link;
    }

    public static void open(UUID eventId) {
        UI.getCurrent().navigate(EventView.class, new RouteParameters(PARAMETER, eventId.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        UUID eventId = enter.getRouteParameters().get(PARAMETER).flatMap(Ids::parse)
                .orElseThrow(() -> new NotFoundException("There is no event at this address."));
        show(events.get(eventId));
    }

    @Override
    public String getPageTitle() {
        return event == null ? "Event · Veritext" : event.title() + " · Veritext";
    }

    private void show(EventDetails shown) {
        event = shown;
        List<EventRef> parts = events.parts(shown.id());
        List<LinkedClaim> about = claims.linkedToEvent(shown.id());
        removeAll();
        add(header(), new EventFacts(shown), participantsSection(), partsSection(parts), claimsSection(about));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Header header() {
        H2 title = new H2(event.title());
        title.setId("event-heading");
        title.addClassName("catalog-title");
        Span type = new Span(event.type().label());
        type.addClassName("catalog-kind");
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(),
                click -> new EventForm(events, actors, event, this::show).open());
        edit.setId("edit-event");
        edit.setVisible(access.can(Permission.EDIT_CATALOG));
        Div actions = new Div(edit);
        actions.addClassName("catalog-actions");
        Div heading = new Div(title, type);
        heading.addClassName("catalog-heading");
        return new Header(heading, actions);
    }

    private Section participantsSection() {
        UnorderedList list = new UnorderedList();
        list.setId("event-participant-list");
        list.addClassName("catalog-link-list");
        for (ParticipantDetails participant : event.participants()) {
            ListItem item = new ListItem(ActorView.link(participant.actor().name(), participant.actor().id()));
            item.getElement().setAttribute("data-actor-id", participant.actor().id().toString());
            if (!participant.role().isEmpty()) {
                Span role = new Span(participant.role());
                role.addClassName("participant-role-shown");
                item.add(role);
            }
            list.add(item);
        }
        return section("Participants", event.participants().size(), list, "No participants recorded.");
    }

    private Section partsSection(List<EventRef> parts) {
        UnorderedList list = new UnorderedList();
        list.setId("event-parts");
        list.addClassName("catalog-link-list");
        for (EventRef part : parts) {
            ListItem item = new ListItem(link(part.title(), part.id()));
            item.getElement().setAttribute("data-event-id", part.id().toString());
            if (part.startsOn() != null) {
                Span date = new Span(EventDates.of(part.startsOn(), part.startsOn()));
                date.addClassName("catalog-secondary");
                item.add(date);
            }
            list.add(item);
        }
        return section("Sub-events", parts.size(), list, "No events are recorded as part of this one.");
    }

    private Section claimsSection(List<LinkedClaim> about) {
        ClaimTimeline timeline = new ClaimTimeline("event-claims", "No claims are linked to this event yet.");
        timeline.setClaims(about);
        return section("Claims", about.stream().map(LinkedClaim::claimId).distinct().count(), timeline, null);
    }

    /** A titled section with a count; when there is nothing to count, {@code emptyText} (if any) says so. */
    private static Section section(String title, long count, Component content, String emptyText) {
        H3 heading = new H3(title + " ");
        Span counted = new Span("(" + count + ")");
        counted.addClassName("claim-count");
        heading.add(counted);
        Section section = new Section(heading);
        section.addClassName("catalog-section");
        if (count == 0 && emptyText != null) {
            Paragraph empty = new Paragraph(emptyText);
            empty.addClassName("catalog-empty");
            section.add(empty);
        }
        section.add(content);
        return section;
    }
}
