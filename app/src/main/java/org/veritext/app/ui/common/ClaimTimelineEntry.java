package org.veritext.app.ui.common;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.veritext.app.ui.article.ArticleView;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.LinkedClaim;

/**
 * One claim on a timeline: its verdict, the role of the actor whose page this is, the quote, the restatement, and
 * the article it is in, linked to the article opened at this claim (the date is the timeline's heading). Every text
 * is a text node.
 */
class ClaimTimelineEntry extends Div {

    ClaimTimelineEntry(LinkedClaim claim, List<ActorRole> roles) {
        addClassName("timeline-entry");
        getElement().setAttribute("data-claim-id", claim.claimId().toString());

        Div head = new Div(new VerdictBadge(claim.verdict()));
        head.addClassName("timeline-entry-head");
        if (!roles.isEmpty()) {
            Span role = new Span(ClaimTimeline.rolesText(roles));
            role.addClassName("timeline-role");
            head.add(role);
        }
        Div quote = new Div(claim.quote());
        quote.addClassName("timeline-quote");
        add(head, quote);
        if (claim.restatement() != null && !claim.restatement().isBlank()) {
            Div restatement = new Div(claim.restatement());
            restatement.addClassName("timeline-restatement");
            add(restatement);
        }
        add(source(claim));
    }

    private static Div source(LinkedClaim claim) {
        RouterLink article = new RouterLink(claim.articleTitle(), ArticleView.class,
                new RouteParameters("articleId", claim.articleId().toString()));
        article.setQueryParameters(QueryParameters.of("claim", claim.claimId().toString()));
        article.addClassName("timeline-article");
        Div source = new Div(article);
        source.addClassName("timeline-source");
        if (claim.publisher() != null && !claim.publisher().isBlank()) {
            source.add(new Span(claim.publisher()));
        }
        if (claim.publishedOn() == null) {
            // The timeline's date is then the day the claim was highlighted: say so.
            source.add(new Span("undated article, listed by when the claim was highlighted"));
        }
        return source;
    }
}
