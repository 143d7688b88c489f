package org.veritext.app.ui.search;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veritext.search.index.ClaimFields.Facet;
import org.veritext.search.query.ArticleSearch;
import org.veritext.search.query.ClaimHit;
import org.veritext.search.query.ClaimHits;
import org.veritext.search.query.ClaimSearch;
import org.veritext.search.query.QueryText;
import org.veritext.search.query.SearchRequest;
import org.veritext.search.query.Suggestion;

/**
 * Search every annotated claim, narrowed by facets. The address holds the whole search ({@link SearchState}): the
 * query, the chosen facet values and the order, so a search can be bookmarked or sent to a colleague, and opening
 * it shows the same results with the same choices. A result opens its article at the claim; the current result can
 * be downloaded as CSV.
 *
 * <p>Each change of the search runs one search, which brings the count, the facet counts and the first page; later
 * pages come from the same point in time (the search's paging session). The box takes any length; the search reads
 * the first {@value QueryText#MAX_CHARACTERS} characters, and the address holds only those.
 */
@Route("search")
@PageTitle("Search · Veritext")
@PermitAll
public class SearchView extends Div implements BeforeEnterObserver {

    private static final int PAGE_SIZE = 50;
    /** The most rows a CSV export holds. */
    static final int MAX_EXPORT_ROWS = 10_000;
    private static final int SUGGESTIONS = 6;

    private final ClaimSearch search;
    private final TextField query = new TextField();
    private final Div suggestions = new Div();
    private final Span resultCount = new Span();
    private final Select<SearchRequest.Order> sort = new Select<>();
    private final Div plainWords = new Div();
    private final Div notices = new Div();
    private final Div chips = new Div();
    private final FacetSidebar facets = new FacetSidebar(this::toggle);
    private final MatchingArticles articles;
    private final Set<String> shownNotices = new LinkedHashSet<>();
    private final Div body = new Div();
    private final VirtualList<ClaimHit> results = resultList();
    private volatile SearchState state = SearchState.empty();
    private boolean settingFromAddress;

    public SearchView(ClaimSearch search, ArticleSearch articleSearch) {
        this.search = search;
        this.articles = new MatchingArticles(articleSearch);
        addClassName("search-view");

        query.setId("search-query");
        query.setPlaceholder("Words in a claim, its restatement, its article, or a name");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setValueChangeTimeout(250);
        query.setHelperText("All words must match. \"exact phrase\", -without, either | or, prefix*, fuzzy~, "
                + "claimant:name, actor:name, event:name, verdict:false, state:approved, publisher:name, "
                + "date:2024-03 or date:2024-01..2024-06. Up to %d characters.".formatted(QueryText.MAX_CHARACTERS));
        query.setAriaLabel("Search claims");
        query.addValueChangeListener(change -> {
            if (settingFromAddress) {
                return;
            }
            showSuggestions(change.getValue());
            if (change.isFromClient()) {
                change(state.withQuery(change.getValue()));
            }
        });
        suggestions.setId("search-suggestions");
        suggestions.addClassName("search-suggestions");
        suggestions.getElement().setAttribute("role", "listbox");

        resultCount.setId("search-count");
        sort.setId("search-sort");
        sort.setAriaLabel("Order");
        sort.setItems(SearchRequest.Order.values());
        sort.setItemLabelGenerator(order -> switch (order) {
            case RELEVANCE -> "Best match first";
            case NEWEST -> "Newest first";
            case OLDEST -> "Oldest first";
        });
        sort.setValue(SearchRequest.Order.RELEVANCE);
        sort.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                change(state.withOrder(change.getValue()));
            }
        });
        Anchor export = new Anchor(csvDownload(), "Export CSV");
        export.setId("search-export");
        export.addClassName("search-export");
        export.getElement().setAttribute("download", "claims.csv");
        Div toolbar = new Div(resultCount, sort, export);
        toolbar.addClassName("search-toolbar");

        plainWords.setId("search-plain-words");
        plainWords.addClassName("search-notice");
        plainWords.setText("Your search could not be read as written (an unknown filter value, a date that is no "
                + "date, or an unbalanced quote or bracket), so it was searched as plain words.");
        plainWords.setVisible(false);
        notices.setId("search-notices");
        chips.setId("search-chips");
        chips.addClassName("search-chips");
        Div summary = new Div(toolbar, plainWords, notices, chips);
        summary.addClassName("result-count");
        summary.getElement().setAttribute("aria-live", "polite");

        body.add(facets, results);
        body.addClassName("search-body");

        add(new H2("Search claims"), query, suggestions, summary, articles, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.from(event.getLocation().getQueryParameters());
        settingFromAddress = true;
        try {
            query.setValue(state.query());
            sort.setValue(state.order());
        } finally {
            settingFromAddress = false;
        }
        suggestions.removeAll();
        runSearch();
    }

    private void change(SearchState next) {
        state = next;
        runSearch();
        rememberInAddress();
    }

    private void toggle(Facet facet, String value) {
        change(state.toggled(facet, value));
    }

    /** One search for the count, the facets, the notices and the first page; later pages in its paging session. */
    private void runSearch() {
        SearchState searched = state;
        ClaimHits first = search.search(searched.request(0, PAGE_SIZE, null));
        long total = first.total();
        boolean nothingAsked = searched.query().isBlank() && searched.selected().isEmpty();
        resultCount.setText(switch ((int) Math.min(total, 2)) {
            case 0 -> nothingAsked ? "No claims annotated yet." : "No claim matches.";
            case 1 -> "1 claim";
            default -> "%,d claims".formatted(total);
        });
        plainWords.setVisible(first.plainWords());
        shownNotices.clear();
        notices.removeAll();
        show(first.notices());
        facets.show(first.facets());
        showChips(searched);
        results.setDataProvider(DataProvider.<ClaimHit>fromCallbacks(
                page -> {
                    int offset = page.getOffset();
                    int limit = Math.min(page.getLimit(), PAGE_SIZE);
                    List<ClaimHit> firstHits = first.hits();
                    if (offset + limit <= firstHits.size() || firstHits.size() >= total) {
                        // the first page is all that was asked for, or all there is: no second search
                        return firstHits.subList(Math.min(offset, firstHits.size()),
                                Math.min(offset + limit, firstHits.size())).stream();
                    }
                    ClaimHits hits = search.search(searched.request(offset, limit, first.session()));
                    show(hits.notices()); // e.g. a later page cut short by the time limit
                    return hits.hits().stream();
                },
                page -> (int) Math.min(total, Integer.MAX_VALUE)));
        // Facets are of claims: once one is chosen, the search is about claims, and articles would be noise.
        articles.showFor(searched.selected().isEmpty() ? searched.query() : "");
    }

    private static VirtualList<ClaimHit> resultList() {
        VirtualList<ClaimHit> list = new VirtualList<>();
        list.setId("search-results");
        list.setRenderer(new ComponentRenderer<>(SearchResultCard::new));
        list.addClassName("search-results");
        return list;
    }

    private void showChips(SearchState shown) {
        chips.removeAll();
        shown.selected().forEach((facet, values) -> values.stream().sorted().forEach(value -> {
            Button chip = new Button(FacetSidebar.title(facet) + ": " + FacetSidebar.label(facet, value),
                    VaadinIcon.CLOSE_SMALL.create(), click -> toggle(facet, value));
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.setIconAfterText(true);
            chip.addClassName("search-chip");
            chip.getElement().setAttribute("data-facet", facet.dimension());
            chip.getElement().setAttribute("data-value", value);
            chip.getElement().setAttribute("aria-label", "Remove " + FacetSidebar.title(facet) + " "
                    + FacetSidebar.label(facet, value));
            chips.add(chip);
        }));
    }

    /** Actor and event names for the word being typed; choosing one puts its filter in the box. */
    private void showSuggestions(String text) {
        suggestions.removeAll();
        String word = lastWord(text);
        if (word.codePointCount(0, word.length()) < 2 || word.contains(":") || word.contains("\"")) {
            return;
        }
        List<Suggestion> offered = search.suggest(word, SUGGESTIONS);
        for (Suggestion suggestion : offered) {
            Div item = new Div(new Span(suggestion.name()),
                    new Span(suggestion.kind() == Suggestion.Kind.ACTOR ? "actor" : "event"));
            item.addClassName("search-suggestion");
            item.getElement().setAttribute("role", "option");
            item.getElement().setAttribute("data-filter", suggestion.asFilter());
            item.getElement().setAttribute("data-name", suggestion.name());
            // Keep the focus in the box: a blur would send the half-typed word after the choice and search it again.
            item.getElement().executeJs("this.addEventListener('mousedown', e => e.preventDefault())");
            item.addClickListener(click -> {
                String before = text.substring(0, text.length() - word.length());
                String next = before + suggestion.asFilter() + " ";
                suggestions.removeAll();
                settingFromAddress = true;
                try {
                    query.setValue(next);
                } finally {
                    settingFromAddress = false;
                }
                change(state.withQuery(next));
                query.focus();
            });
            suggestions.add(item);
        }
    }

    private static String lastWord(String text) {
        if (text == null || text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return "";
        }
        int start = text.length();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start).replaceFirst("^[-+(|]+", "");
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

    /** The address holds the whole search; only what was searched of the query, so every address loads again. */
    private void rememberInAddress() {
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("search", state.toParameters())));
    }

    /**
     * The search as it stands when the link is followed, as CSV: every matching claim the user may see, up to
     * {@link #MAX_EXPORT_ROWS}, read in pages of one paging session so that the file is one point in time.
     */
    private DownloadHandler csvDownload() {
        return event -> {
            SearchState exported = state;
            event.setFileName("claims.csv");
            event.setContentType("text/csv; charset=UTF-8");
            Writer out = new BufferedWriter(new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
            out.write('\uFEFF'); // tells spreadsheets the file is UTF-8
            ClaimsCsv.writeHeader(out);
            String session = null;
            int written = 0;
            long total = 0;
            while (written < MAX_EXPORT_ROWS) {
                int limit = Math.min(ClaimSearch.MAX_PAGE_SIZE, MAX_EXPORT_ROWS - written);
                ClaimHits page = search.search(exported.request(written, limit, session));
                session = page.session();
                total = page.total();
                for (ClaimHit hit : page.hits()) {
                    ClaimsCsv.write(out, hit);
                }
                written += page.hits().size();
                if (page.hits().size() < limit || written >= page.total()) {
                    break;
                }
            }
            if (written < total) {
                // Never cut silently: the file itself says that it holds only part of the result.
                out.write("\"Only " + written + " of " + total + " matching claims are in this file; narrow the "
                        + "search to export the rest.\"\r\n");
            }
            out.flush();
        };
    }
}
