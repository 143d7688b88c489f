package org.veritext.app.ui.article;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;
import org.veritext.app.ui.common.Abbreviation;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.ClaimService.Repeats;
import org.veritext.core.claim.LinkedClaim;

/**
 * The "repeat of" link of the claim shown, both ways: the earlier claim it repeats, and the later claims marked as
 * repeats of it. Only what the user may see (the service leaves out other projects' claims). Hidden when there is none.
 */
class RepeatLinks extends Div {

    private final ClaimService claims;

    RepeatLinks(ClaimService claims) {
        this.claims = claims;
        setId("claim-repeats");
        addClassName("claim-repeats");
        setVisible(false);
    }

    void show(UUID claimId) {
        removeAll();
        Repeats repeats = claims.repeats(claimId);
        if (repeats.repeatOf() != null) {
            add(line("Repeat of", repeats.repeatOf(), "claim-repeat-of"));
        }
        for (LinkedClaim later : repeats.repeatedBy()) {
            add(line("Repeated in", later, "claim-repeated-by"));
        }
        setVisible(repeats.repeatOf() != null || !repeats.repeatedBy().isEmpty());
    }

    private static Div line(String label, LinkedClaim claim, String className) {
        String says = claim.restatement() == null || claim.restatement().isBlank() ? claim.quote()
                : claim.restatement();
        Anchor link = new Anchor("articles/" + claim.articleId() + "?claim=" + claim.claimId(),
                "\u201C" + Abbreviation.of(says, 120) + "\u201D");
        link.setTarget("_blank"); // the claim being written stays open
        Span where = new Span(" \u00B7 " + claim.articleTitle() + " \u00B7 " + claim.verdict().label());
        Div line = new Div(new Span(label + ": "), link, where);
        line.addClassName(className);
        line.getElement().setAttribute("data-claim-id", claim.claimId().toString());
        return line;
    }
}
