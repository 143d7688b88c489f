package org.veritext.app.ui.search;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veritext.app.ui.article.ArticleView;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.search.query.ArticleHit;
import org.veritext.search.query.ArticleHits;
import org.veritext.search.query.ArticleSearch;

/**
 * The articles whose text matches the search, above the claims: how a fact-checker finds the piece that said
 * something even where nobody has marked it as a claim yet. A few at first; more on request. Hidden when none match.
 */
class MatchingArticles extends Div {

    private static final Logger log = LoggerFactory.getLogger(MatchingArticles.class);
    static final int FIRST = 3;
    private static final int MORE = 20;

    private final ArticleSearch search;
    private final H3 heading = new H3();
    private final Div list = new Div();
    private final Button more = new Button();
    private String shownFor = "";

    MatchingArticles(ArticleSearch search) {
        this.search = search;
        setId("search-articles");
        addClassName("search-articles");
        heading.addClassName("search-articles-heading");
        more.setId("search-articles-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClickListener(click -> show(shownFor, MORE));
        add(heading, list, more);
        setVisible(false);
    }

    /** The first articles for {@code query}; none (hidden) for an empty one. */
    void showFor(String query) {
        show(query, FIRST);
    }

    private void show(String query, int count) {
        shownFor = query;
        ArticleHits found;
        try {
            found = search.search(query, count); // an empty query finds none
        } catch (RuntimeException e) {
            // The claims above are the page's answer; articles are an extra that must not take it down.
            log.error("Searching articles for the search page failed", e);
            found = ArticleHits.NONE;
        }
        list.removeAll();
        setVisible(found.total() > 0);
        String capped = found.total() > MORE && count == MORE ? " — the best %d; add words to narrow".formatted(MORE)
                : "";
        heading.setText(found.total() == 1 ? "1 article whose text matches"
                : "%,d articles whose text matches".formatted(found.total()) + capped);
        found.hits().forEach(hit -> list.add(card(hit)));
        long hidden = found.total() - found.hits().size();
        more.setVisible(hidden > 0 && count < MORE);
        more.setText("Show %d more".formatted(Math.min(hidden, MORE - found.hits().size())));
    }

    private Div card(ArticleHit hit) {
        Div card = new Div(MarkedText.of(hit.title(), "result-article"));
        card.addClassName("search-result");
        card.addClassName("article-result");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("role", "link");
        card.getElement().setAttribute("data-article-id", hit.articleId().toString());
        if (!hit.passages().isEmpty()) {
            card.add(MarkedText.of(hit.passages(), "article-passages"));
        }
        Div source = new Div();
        source.addClassName("result-source");
        if (hit.publisher() != null) {
            source.add(new Span(hit.publisher()));
        }
        if (hit.publishedOn() != null) {
            source.add(new Span(LocalTimes.format(hit.publishedOn())));
        }
        card.add(source);
        card.addClickListener(click -> open(hit));
        card.getElement().addEventListener("keydown", press -> open(hit)).setFilter("event.key === 'Enter'");
        return card;
    }

    private void open(ArticleHit hit) {
        getUI().ifPresent(ui -> ui.navigate(ArticleView.class,
                new RouteParameters("articleId", hit.articleId().toString())));
    }
}
