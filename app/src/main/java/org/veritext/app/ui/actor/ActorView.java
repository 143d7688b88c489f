package org.veritext.app.ui.actor;

import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
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
import org.veritext.app.ui.common.ClaimTimeline;
import org.veritext.app.ui.common.Ids;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.NotFoundException;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorService;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.LinkedClaim;

/**
 * One actor: who he is (names, type, affiliation, Wikidata), and every claim linked to him, across all articles, on
 * a timeline with its verdict. From here he is edited, and other actors that are really him are merged into him.
 */
@Route("actors/:actorId")
@PermitAll
public class ActorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARAMETER = "actorId";

    private final ActorService actors;
    private final ClaimService claims;
    private final Access access;
    private ActorDetails actor;

    public ActorView(ActorService actors, ClaimService claims, Access access) {
        this.access = access;
        this.actors = actors;
        this.claims = claims;
        addClassNames("catalog-page", "actor-view");
    }

    /** The address of an actor's page, relative to the application, e.g. for a link in a grid. */
    public static String path(UUID actorId) {
        return "actors/" + actorId;
    }

    /** A link to an actor's page. */
    public static RouterLink link(String text, UUID actorId) {
        RouterLink link = new RouterLink(text, ActorView.class, new RouteParameters(PARAMETER, actorId.toString()));
        link.addClassName("actor-link");
        return link;
    }

    /** Opens an actor's page in the current browser tab. */
    public static void open(UUID actorId) {
        UI.getCurrent().navigate(ActorView.class, new RouteParameters(PARAMETER, actorId.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID actorId = event.getRouteParameters().get(PARAMETER).flatMap(Ids::parse)
                .orElseThrow(() -> new NotFoundException("There is no actor at this address."));
        show(actors.get(actorId));
    }

    @Override
    public String getPageTitle() {
        return actor == null ? "Actor · Veritext" : actor.name() + " · Veritext";
    }

    private void show(ActorDetails shown) {
        actor = shown;
        List<LinkedClaim> linked = claims.linkedToActor(shown.id());
        removeAll();
        add(header(), new ActorFacts(shown), claimsSection(linked));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Header header() {
        H2 name = new H2(actor.name());
        name.setId("actor-title");
        name.addClassName("catalog-title");
        Span type = new Span(actor.type().label());
        type.addClassName("catalog-kind");

        Button edit = new Button("Edit", VaadinIcon.EDIT.create(),
                click -> ActorForm.forEdit(actors, actor, this::show).open());
        edit.setId("edit-actor");
        Button merge = new Button("Merge another actor into this one", VaadinIcon.COMPRESS_SQUARE.create(),
                click -> new MergeActorDialog(actors, claims, actor, this::merged).open());
        merge.setId("merge-actor");
        merge.setTooltipText("When two actors are one person or body: keep this one, and move the other's names "
                + "and links here");
        // Offer only what the server will do for this user: annotators edit, managers also merge.
        edit.setVisible(access.can(Permission.EDIT_CATALOG));
        merge.setVisible(access.can(Permission.MERGE_ACTORS));
        Div actions = new Div(edit, merge);
        actions.addClassName("catalog-actions");

        Div heading = new Div(name, type);
        heading.addClassName("catalog-heading");
        return new Header(heading, actions);
    }

    private Section claimsSection(List<LinkedClaim> linked) {
        long count = linked.stream().map(LinkedClaim::claimId).distinct().count(); // one claim, two roles: once
        H3 heading = new H3("Claims ");
        Span counted = new Span("(" + count + ")");
        counted.addClassName("claim-count");
        heading.add(counted);
        ClaimTimeline timeline = new ClaimTimeline("actor-claims",
                "No claims are linked to " + actor.name() + " yet.");
        timeline.setClaims(linked);
        Section section = new Section(heading, timeline);
        section.addClassName("catalog-section");
        return section;
    }

    private void merged(ActorDetails kept, String absorbedName) {
        show(kept);
        Notifications.success(absorbedName + " was merged into " + kept.name() + ".");
    }
}
