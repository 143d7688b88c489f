package org.veritext.app.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.veritext.app.ui.article.ArticleView;
import org.veritext.app.ui.common.Abbreviation;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.common.VerdictBadge;
import org.veritext.core.assignment.AssignedArticle;
import org.veritext.core.claim.QueuedClaim;

/** The entries of the home page's lists: links that open the article at the claim, or the assigned article. */
final class QueueEntries {

    private static final int LONGEST_TEXT = 160;

    private QueueEntries() {
    }

    static RouterLink claim(QueuedClaim claim) {
        RouterLink link = articleLink(claim.articleId().toString());
        link.setQueryParameters(QueryParameters.of("claim", claim.claimId().toString()));
        link.getElement().setAttribute("data-claim-id", claim.claimId().toString());
        Span text = new Span(Abbreviation.of(claim.text(), LONGEST_TEXT));
        text.addClassName("queue-entry-text");
        String by = claim.byName() == null ? "" : " by " + claim.byName();
        Div meta = new Div(new VerdictBadge(claim.verdict()),
                new Span(claim.state().label() + by + ", " + LocalTimes.format(claim.since())));
        meta.addClassName("queue-entry-meta");
        Span article = new Span(claim.articleTitle());
        article.addClassName("queue-entry-article");
        link.add(text, article, meta);
        return link;
    }

    /** The claim, and below it what the reviewer asked for, in his words. */
    static Component sentBack(SentBack sentBack) {
        RouterLink link = claim(sentBack.claim());
        if (sentBack.reason() != null) {
            Div reason = new Div(new Span(sentBack.reason().author().name() + ": "),
                    new Span(Abbreviation.of(sentBack.reason().body(), LONGEST_TEXT)));
            reason.addClassName("queue-entry-reason");
            link.add(reason);
        }
        return link;
    }

    static Component assignment(AssignedArticle assigned) {
        RouterLink link = articleLink(assigned.articleId().toString());
        link.getElement().setAttribute("data-article-id", assigned.articleId().toString());
        Span title = new Span(assigned.articleTitle());
        title.addClassName("queue-entry-text");
        Div meta = new Div(new Span(assigned.duty().label() + " · asked " + LocalTimes.format(assigned.assignedAt())));
        meta.addClassName("queue-entry-meta");
        link.add(title, meta);
        return link;
    }

    private static RouterLink articleLink(String articleId) {
        RouterLink link = new RouterLink(ArticleView.class, new RouteParameters("articleId", articleId));
        link.addClassName("queue-entry");
        return link;
    }
}
