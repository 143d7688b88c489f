package org.veritext.search.query;

import static org.veritext.search.index.ClaimFields.CLAIMANT_NAME;
import static org.veritext.search.index.ClaimFields.PUBLISHED_DAY;
import static org.veritext.search.index.ClaimFields.REVIEW_STATE;
import static org.veritext.search.index.ClaimFields.VERDICT;
import static org.veritext.search.index.ClaimFields.ARTICLE_ID;
import static org.veritext.search.index.ClaimFields.ARTICLE_TITLE;
import static org.veritext.search.index.ClaimFields.CLAIM_ID;
import static org.veritext.search.index.ClaimFields.MODIFIED_AT;
import static org.veritext.search.index.ClaimFields.PUBLISHED_ON;
import static org.veritext.search.index.ClaimFields.PUBLISHER;
import static org.veritext.search.index.ClaimFields.QUOTE;
import static org.veritext.search.index.ClaimFields.RESTATEMENT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.core.user.CurrentUser;
import org.veritext.core.user.SignedInUser;
import org.veritext.search.index.ClaimAnalyzer;
import org.veritext.search.index.ClaimIndex;

/**
 * Searches annotated claims, with facet counts. The syntax ({@link ClaimQueryParser}) is Lucene's forgiving simple
 * syntax — words must all match, {@code "quoted phrases"}, {@code -exclusion}, {@code a | b}, {@code prefix*},
 * {@code fuzzy~} — plus field filters such as {@code claimant:zelensky} or {@code verdict:false}; whatever is typed,
 * it never fails: what it cannot read as meant it searches as plain words, and says so. An empty query lists the
 * newest claims. Every hit, count and facet value is of the signed-in user's projects ({@link VisibleClaims}).
 *
 * <p>Whatever is typed, the search answers in bounded time: the text is cut to {@link QueryText#MAX_CHARACTERS}
 * characters and the parsed query held to a {@link QueryBudget}. What either changed is said in
 * {@link ClaimHits#notices()}.
 */
@Service
public class ClaimSearch {

    public static final int MAX_PAGE_SIZE = 200;
    /** How long a search waits for the index to show the searcher's own latest change. */
    static final Duration OWN_CHANGES_WAIT = Duration.ofSeconds(2);
    private static final String[] HIGHLIGHTED_FIELDS = {QUOTE, RESTATEMENT, ARTICLE_TITLE};
    private static final Sort RECENTLY_CHANGED_FIRST = new Sort(newest(MODIFIED_AT, true));
    private static final Sort NEWEST_FIRST = new Sort(newest(PUBLISHED_DAY, true), newest(MODIFIED_AT, true));
    private static final Sort OLDEST_FIRST = new Sort(newest(PUBLISHED_DAY, false), newest(MODIFIED_AT, false));

    private final ClaimIndex index;
    private final CurrentUser currentUser;
    private final VisibleClaims visibleClaims;
    private final ChangeLog changeLog;
    private final Analyzer analyzer = new ClaimAnalyzer();
    private final QueryBudget budget;
    private final ClaimQueryParser parser = new ClaimQueryParser(analyzer);
    private final FacetStates facetStates = new FacetStates();

    @Autowired
    ClaimSearch(ClaimIndex index, CurrentUser currentUser, VisibleClaims visibleClaims, ChangeLog changeLog) {
        this(index, currentUser, visibleClaims, changeLog, new QueryBudget(QueryLimits.DEFAULT));
    }

    ClaimSearch(ClaimIndex index, CurrentUser currentUser, VisibleClaims visibleClaims, ChangeLog changeLog,
                QueryBudget budget) {
        this.visibleClaims = visibleClaims;
        this.changeLog = changeLog;
        this.index = index;
        this.currentUser = currentUser;
        this.budget = budget;
    }

    /** The hits from {@code offset}, at most {@code limit} of them, best first. */
    public ClaimHits search(String queryText, int offset, int limit) {
        return search(SearchRequest.of(queryText, offset, limit));
    }

    /**
     * One page of a search with facets. The first page ({@code offset} 0) also carries the facet counts; every page
     * carries the total, counted once in the same pass that finds the hits.
     */
    public ClaimHits search(SearchRequest request) {
        SignedInUser user = currentUser.require();
        // Whoever just saved finds what he saved: wait (briefly) until the index shows his last change.
        if (request.session() == null) {
            index.awaitVisible(changeLog.lastWrittenBy(user.id()), OWN_CHANGES_WAIT);
        }
        Query visible = visibleClaims.filter();
        return index.withSession(request.session(), (searcher, session) -> searchOn(searcher, session, request,
                visible));
    }

    /** The search itself, on one searcher, filtered to {@code visible}: the part that needs no signed-in user. */
    ClaimHits searchOn(IndexSearcher onReader, String session, SearchRequest request, Query visible) {
        QueryText text = QueryText.of(request.text());
        ClaimQueryParser.Parsed parsed = parser.parse(text.searched());
        int from = Math.max(0, request.offset());
        int size = Math.clamp(request.limit(), 0, MAX_PAGE_SIZE);
        boolean byDate = parsed.matchAll() || request.order() != SearchRequest.Order.RELEVANCE;
        // Without words and without a chosen order: the most recently changed claims first, as the list always was.
        Sort sort = switch (request.order()) {
            case RELEVANCE -> RECENTLY_CHANGED_FIRST;
            case NEWEST -> NEWEST_FIRST;
            case OLDEST -> OLDEST_FIRST;
        };
        try {
            BudgetedSearch budgeted = budget.apply(onReader.getIndexReader(), parsed.query());
            IndexSearcher searcher = budgeted.searcher();
            Query query = new BooleanQuery.Builder().add(budgeted.query(), BooleanClause.Occur.MUST)
                    .add(visible, BooleanClause.Occur.FILTER).build();
            FacetedSearch faceted = new FacetedSearch(searcher, facetStates.of(searcher.getIndexReader()));
            FacetedSearch.Result found = faceted.search(query, request.selected(), from + size,
                    byDate ? sort : null, from == 0);
            ScoreDoc[] top = found.top().scoreDocs;
            ScoreDoc[] page = Arrays.copyOfRange(top, Math.min(from, top.length), top.length);
            List<ClaimHit> hits = size > 0 ? hits(searcher, budgeted.query(), parsed.matchAll(), page) : List.of();
            List<String> notices = new ArrayList<>();
            text.notice().ifPresent(notices::add);
            notices.addAll(budgeted.notices());
            return new ClaimHits(found.total(), hits, notices, parsed.plainWords(), found.facets(), session);
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the claim index failed", e);
        }
    }

    /**
     * Actor and event names that begin with the typed words, in any script or spelling ("зел" and "zel" both offer
     * Volodymyr Zelenskyy), linked to claims the user may see; most claims first, at most {@code max}.
     */
    public List<Suggestion> suggest(String typed, int max) {
        currentUser.require();
        Query visible = visibleClaims.filter();
        return index.withSearcher(searcher -> suggestOn(searcher, typed, visible, max));
    }

    List<Suggestion> suggestOn(IndexSearcher searcher, String typed, Query visible, int max) {
        String text = QueryText.of(typed).searched();
        return facetStates.of(searcher.getIndexReader()).map(state -> {
            try {
                return NameSuggestions.suggest(searcher, state, text, visible, Math.clamp(max, 0, 50));
            } catch (IOException e) {
                throw new UncheckedIOException("Reading names from the claim index failed", e);
            }
        }).orElse(List.of());
    }

    Query parse(String text) {
        return parser.parse(text).query();
    }

    private List<ClaimHit> hits(IndexSearcher searcher, Query query, boolean matchAll, ScoreDoc[] page)
            throws IOException {
        int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        Map<String, Object[]> highlights = matchAll || docIds.length == 0
                ? Map.of()
                : SnippetHighlighter.wholeValues(searcher, analyzer).snippets(HIGHLIGHTED_FIELDS,
                        HighlightTerms.withStemmedTwins(query, analyzer), docIds);
        StoredFields stored = searcher.storedFields();
        List<ClaimHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < docIds.length; i++) {
            Document document = stored.document(docIds[i]);
            String publishedOn = document.get(PUBLISHED_ON);
            String reviewState = document.get(REVIEW_STATE);
            hits.add(new ClaimHit(
                    UUID.fromString(document.get(CLAIM_ID)),
                    UUID.fromString(document.get(ARTICLE_ID)),
                    SnippetHighlighter.orPlain(highlights, ARTICLE_TITLE, i, document.get(ARTICLE_TITLE)),
                    document.get(PUBLISHER),
                    publishedOn == null ? null : LocalDate.parse(publishedOn),
                    SnippetHighlighter.orPlain(highlights, QUOTE, i, document.get(QUOTE)),
                    SnippetHighlighter.orPlain(highlights, RESTATEMENT, i, document.get(RESTATEMENT)),
                    Verdict.valueOf(document.get(VERDICT)),
                    reviewState == null ? null : ReviewState.valueOf(reviewState),
                    document.get(CLAIMANT_NAME)));
        }
        return hits;
    }

    /** A date order; claims without the date come last either way. */
    private static SortField newest(String field, boolean newestFirst) {
        SortField sort = new SortField(field, SortField.Type.LONG, newestFirst);
        sort.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return sort;
    }
}
