package org.veritext.app.ui.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import org.veritext.app.ui.article.ArticleView;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.common.VerdictBadge;
import org.veritext.search.query.ClaimHit;

/**
 * One search result: its verdict, review state and claimant, the claim's quote and restatement with the matched words
 * marked, and where it is from.
 */
class SearchResultCard extends Div {

    SearchResultCard(ClaimHit hit) {
        addClassName("search-result");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "link");
        getElement().setAttribute("data-claim-id", hit.claimId().toString());

        Div meta = new Div(new VerdictBadge(hit.verdict()));
        meta.addClassName("result-meta");
        if (hit.reviewState() != null) {
            Span state = new Span(hit.reviewState().label());
            state.addClassName("result-state");
            meta.add(state);
        }
        if (hit.claimant() != null) {
            Span claimant = new Span(hit.claimant());
            claimant.addClassName("result-claimant");
            meta.add(claimant);
        }
        add(meta);
        Div quote = MarkedText.of(hit.quote(), "result-quote");
        add(quote);
        if (!hit.restatement().isEmpty()) {
            add(MarkedText.of(hit.restatement(), "result-restatement"));
        }
        Div source = new Div(MarkedText.of(hit.articleTitle(), "result-article"));
        source.addClassName("result-source");
        if (hit.publisher() != null) {
            source.add(new Span(hit.publisher()));
        }
        if (hit.publishedOn() != null) {
            source.add(new Span(LocalTimes.format(hit.publishedOn())));
        }
        add(source);

        addClickListener(click -> open(hit));
        getElement().addEventListener("keydown", press -> open(hit)).setFilter("event.key === 'Enter'");
    }

    private void open(ClaimHit hit) {
        getUI().ifPresent(ui -> ui.navigate(ArticleView.class,
                new RouteParameters("articleId", hit.articleId().toString()),
                QueryParameters.of("claim", hit.claimId().toString())));
    }
}
