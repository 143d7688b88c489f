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
import org.veritext.search.query.ClaimHit;
import org.veritext.search.query.ClaimSearch;
import org.veritext.search.query.QueryText;

/**
 * Search every annotated claim. {@code /search?q=…} runs a search; the address follows the query box, so a search
 * can be bookmarked or sent to a colleague. A result opens its article at the claim.
 */
@Route("search")
@PageTitle("Search · Veritext")
@PermitAll
public class SearchView extends Div implements BeforeEnterObserver {

    private static final int PAGE_SIZE = 50;

    private final ClaimSearch search;
    private final TextField query = new TextField();
    private final Span resultCount = new Span();
    private final VirtualList<ClaimHit> results = new VirtualList<>();

    public SearchView(ClaimSearch search) {
        this.search = search;
        addClassName("search-view");

        query.setId("search-query");
        query.setPlaceholder("Words in a claim, its restatement, or its article's title");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setMaxLength(QueryText.MAX_CHARACTERS);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setValueChangeTimeout(250);
        query.setHelperText("All words must match. \"exact phrase\", -without, either | or, prefix*, fuzzy~");
        query.setAriaLabel("Search claims");
        query.addValueChangeListener(change -> {
            runSearch();
            if (change.isFromClient()) {
                rememberInAddress();
            }
        });

        resultCount.setId("search-count");
        resultCount.addClassName("result-count");
        results.setId("search-results");
        results.setRenderer(new ComponentRenderer<>(SearchResultCard::new));
        results.addClassName("search-results");

        add(new H2("Search claims"), query, resultCount, results);
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

    private void runSearch() {
        String text = query.getValue();
        long total = search.search(text, 0, 0).total();
        resultCount.setText(switch ((int) Math.min(total, 2)) {
            case 0 -> text.isBlank() ? "No claims annotated yet." : "No claim matches.";
            case 1 -> "1 claim";
            default -> "%,d claims".formatted(total) + (text.isBlank() ? ", newest first" : ", best match first");
        });
        results.setDataProvider(DataProvider.<ClaimHit>fromCallbacks(
                page -> search.search(text, page.getOffset(), Math.min(page.getLimit(), PAGE_SIZE)).hits().stream(),
                page -> (int) Math.min(search.search(text, 0, 0).total(), Integer.MAX_VALUE)));
    }

    private void rememberInAddress() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("search", query.getValue().isBlank()
                        ? QueryParameters.empty() : QueryParameters.of("q", query.getValue()))));
    }
}
