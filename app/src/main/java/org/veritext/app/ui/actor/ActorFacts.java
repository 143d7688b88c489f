package org.veritext.app.ui.actor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Span;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.core.actor.ActorDetails;

/** What is known of an actor, as a list of terms and values; a fact not known is left out, not shown empty. */
class ActorFacts extends DescriptionList {

    ActorFacts(ActorDetails actor) {
        setId("actor-facts");
        addClassName("catalog-facts");
        if (!actor.aliases().isEmpty()) {
            Span aliases = new Span(String.join(" \u00B7 ", actor.aliases()));
            aliases.setId("actor-facts-aliases");
            fact("Also known as", aliases);
        }
        if (!actor.description().isEmpty()) {
            Span description = new Span(actor.description());
            description.addClassName("catalog-description");
            fact("Description", description);
        }
        if (actor.affiliation() != null) {
            fact("Affiliated with", ActorView.link(actor.affiliation().name(), actor.affiliation().id()));
        }
        if (actor.wikidataId() != null) {
            fact("Wikidata", WikidataLink.of(actor));
        }
        fact("Record", new Span(record(actor)));
    }

    private void fact(String term, Component value) {
        add(new Term(term), new Description(value));
    }

    private static String record(ActorDetails actor) {
        String created = "Created by " + actor.createdBy().name() + ", " + LocalTimes.format(actor.createdAt());
        if (actor.modifiedAt().equals(actor.createdAt())) {
            return created;
        }
        return created + "; last changed by " + actor.modifiedBy().name() + ", "
                + LocalTimes.format(actor.modifiedAt());
    }
}
