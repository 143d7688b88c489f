package org.veritext.app.ui.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veritext.search.query.ClaimHit;
import org.veritext.search.query.ClaimHits;
import org.veritext.search.query.ClaimSearch;
import org.veritext.search.query.QueryText;

/**
 * Search every annotated claim. {@code /search?q=…} runs a search; the address follows the query box, so a search
 * can be bookmarked or sent to a colleague. A result opens its article at the claim.
 *
 * <p>The box takes any length; the search reads the first {@value QueryText#MAX_CHARACTERS} characters, and the
 * address holds only those, so that every address this view writes can be loaded again (see
 * {@code server.max-http-request-header-size}). Whatever the search shortened or simplified is shown under the
 * result count.
 */
@Route("search")
@PageTitle("Search · Veritext")
@PermitAll
public class SearchView extends Div implements BeforeEnterObserver {

    private static final int PAGE_SIZE = 50;

    private final ClaimSearch search;
    private final TextField query = new TextField();
    private final Span resultCount = new Span();
    private final Div notices = new Div();
    private final Set<String> shownNotices = new LinkedHashSet<>();
    private final VirtualList<ClaimHit> results = new VirtualList<>();

    public SearchView(ClaimSearch search) {
        this.search = search;
        addClassName("search-view");

        query.setId("search-query");
        query.setPlaceholder("Words in a claim, its restatement, or its article's title");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setValueChangeTimeout(250);
        query.setHelperText("All words must match. \"exact phrase\", -without, either | or, prefix*, fuzzy~. "
                + "Up to %d characters.".formatted(QueryText.MAX_CHARACTERS));
        query.setAriaLabel("Search claims");
        query.addValueChangeListener(change -> {
            runSearch();
            if (change.isFromClient()) {
                rememberInAddress();
            }
        });

        resultCount.setId("search-count");
        notices.setId("search-notices");
        Div summary = new Div(resultCount, notices);
        summary.addClassName("result-count");
        summary.getElement().setAttribute("aria-live", "polite");
        results.setId("search-results");
        results.setRenderer(new ComponentRenderer<>(SearchResultCard::new));
        results.addClassName("search-results");

        add(new H2("Search claims"), query, summary, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        if (q.equals(query.getValue())) {
            runSearch();
        } else {
            query.setValue(q); // the value listener runs the search
        }
    }

    /** One search for the count and the notices; then one per page of results as the list scrolls. */
    private void runSearch() {
        String text = query.getValue();
        ClaimHits counted = search.search(text, 0, 0);
        long total = counted.total();
        resultCount.setText(switch ((int) Math.min(total, 2)) {
            case 0 -> text.isBlank() ? "No claims annotated yet." : "No claim matches.";
            case 1 -> "1 claim";
            default -> "%,d claims".formatted(total) + (text.isBlank() ? ", newest first" : ", best match first");
        });
        shownNotices.clear();
        notices.removeAll();
        show(counted.notices());
        results.setDataProvider(DataProvider.<ClaimHit>fromCallbacks(
                page -> {
                    ClaimHits hits = search.search(text, page.getOffset(), Math.min(page.getLimit(), PAGE_SIZE));
                    show(hits.notices()); // e.g. a later page cut short by the time limit
                    return hits.hits().stream();
                },
                page -> (int) Math.min(total, Integer.MAX_VALUE)));
    }

    private void show(List<String> sentences) {
        for (String sentence : sentences) {
            if (shownNotices.add(sentence)) {
                Div notice = new Div(sentence);
                notice.addClassName("search-notice");
                notices.add(notice);
            }
        }
    }

    /** Only what was searched goes into the address: an address of any query the box takes loads again. */
    private void rememberInAddress() {
        String searched = QueryText.of(query.getValue()).searched();
        QueryParameters parameters = searched.isEmpty() ? QueryParameters.empty() : QueryParameters.of("q", searched);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("search", parameters)));
    }
}
