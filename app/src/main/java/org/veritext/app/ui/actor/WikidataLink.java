package org.veritext.app.ui.actor;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import org.veritext.core.actor.ActorDetails;

/** An actor's Wikidata item, "Q…", opening wikidata.org in a new tab that cannot reach back to Veritext. */
final class WikidataLink {

    private WikidataLink() {
    }

    /** The link, or null when the actor has no Wikidata id. */
    static Anchor of(ActorDetails actor) {
        if (actor.wikidataId() == null) {
            return null;
        }
        Anchor link = new Anchor(actor.wikidataUrl(), actor.wikidataId(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.addClassName("wikidata-link");
        link.setTitle("Open " + actor.wikidataId() + " on Wikidata (new tab)");
        return link;
    }
}
