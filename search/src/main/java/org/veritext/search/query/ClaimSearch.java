package org.veritext.search.query;

import static org.veritext.search.index.ClaimFields.ACTOR;
import static org.veritext.search.index.ClaimFields.ARTICLE_ID;
import static org.veritext.search.index.ClaimFields.ARTICLE_TITLE;
import static org.veritext.search.index.ClaimFields.CLAIM_ID;
import static org.veritext.search.index.ClaimFields.EVENT;
import static org.veritext.search.index.ClaimFields.MODIFIED_AT;
import static org.veritext.search.index.ClaimFields.PUBLISHED_ON;
import static org.veritext.search.index.ClaimFields.PUBLISHER;
import static org.veritext.search.index.ClaimFields.QUOTE;
import static org.veritext.search.index.ClaimFields.RATIONALE;
import static org.veritext.search.index.ClaimFields.RESTATEMENT;
import static org.veritext.search.index.ClaimFields.TAG;

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
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.user.CurrentUser;
import org.veritext.core.user.SignedInUser;
import org.veritext.search.index.ClaimAnalyzer;
import org.veritext.search.index.ClaimIndex;

/**
 * Searches annotated claims. The query syntax is Lucene's forgiving simple syntax: words must all match,
 * {@code "quoted phrases"}, {@code -exclusion}, {@code a | b}, {@code prefix*}, {@code fuzzy~}; whatever is typed,
 * it never fails, it just matches less. An empty query lists the most recently changed claims.
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
    private static final Map<String, Float> FIELD_WEIGHTS = Map.of(QUOTE, 2f, RESTATEMENT, 1.5f, ACTOR, 1.5f,
            EVENT, 1.2f, ARTICLE_TITLE, 1f, TAG, 1f, RATIONALE, 0.7f, PUBLISHER, 0.5f);
    private static final String[] HIGHLIGHTED_FIELDS = {QUOTE, RESTATEMENT, ARTICLE_TITLE};
    private static final Sort NEWEST_FIRST = new Sort(new SortField(MODIFIED_AT, SortField.Type.LONG, true));

    private final ClaimIndex index;
    private final CurrentUser currentUser;
    private final VisibleClaims visibleClaims;
    private final ChangeLog changeLog;
    private final Analyzer analyzer = new ClaimAnalyzer();
    private final QueryBudget budget;

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
        SignedInUser user = currentUser.require();
        // Whoever just saved finds what he saved: wait (briefly) until the index shows his last change.
        index.awaitVisible(changeLog.lastWrittenBy(user.id()), OWN_CHANGES_WAIT);
        QueryText text = QueryText.of(queryText);
        Query parsed = parse(text.searched());
        Query visible = visibleClaims.filter();
        int from = Math.max(0, offset);
        int size = Math.clamp(limit, 0, MAX_PAGE_SIZE);
        return index.withSearcher(shared -> {
            try {
                BudgetedSearch budgeted = budget.apply(shared.getIndexReader(), parsed);
                IndexSearcher searcher = budgeted.searcher();
                Query query = new BooleanQuery.Builder().add(budgeted.query(), BooleanClause.Occur.MUST)
                        .add(visible, BooleanClause.Occur.FILTER).build();
                long total = searcher.count(query);
                List<ClaimHit> hits = size > 0 && from < total
                        ? page(searcher, query, budgeted.query(), parsed instanceof MatchAllDocsQuery, from, size)
                        : List.of();
                List<String> notices = new ArrayList<>();
                text.notice().ifPresent(notices::add);
                notices.addAll(budgeted.notices());
                return new ClaimHits(total, hits, notices);
            } catch (IOException e) {
                throw new UncheckedIOException("Searching the claim index failed", e);
            }
        });
    }

    Query parse(String text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELD_WEIGHTS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text);
    }

    private List<ClaimHit> page(IndexSearcher searcher, Query query, Query highlighted, boolean newestFirst, int from,
                                int size) throws IOException {
        TopDocs top = newestFirst
                ? searcher.search(query, from + size, NEWEST_FIRST)
                : searcher.search(query, from + size);
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(from, top.scoreDocs.length), top.scoreDocs.length);
        return hits(searcher, highlighted, page);
    }

    private List<ClaimHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        Map<String, Object[]> highlights = query instanceof MatchAllDocsQuery
                ? Map.of()
                : new SnippetHighlighter(searcher, analyzer).snippets(HIGHLIGHTED_FIELDS, query, docIds);
        StoredFields stored = searcher.storedFields();
        List<ClaimHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < docIds.length; i++) {
            Document document = stored.document(docIds[i]);
            String publishedOn = document.get(PUBLISHED_ON);
            hits.add(new ClaimHit(
                    UUID.fromString(document.get(CLAIM_ID)),
                    UUID.fromString(document.get(ARTICLE_ID)),
                    snippet(highlights, ARTICLE_TITLE, i, document),
                    document.get(PUBLISHER),
                    publishedOn == null ? null : LocalDate.parse(publishedOn),
                    snippet(highlights, QUOTE, i, document),
                    snippet(highlights, RESTATEMENT, i, document)));
        }
        return hits;
    }

    private static Snippet snippet(Map<String, Object[]> highlights, String field, int hit, Document document) {
        Object[] values = highlights.get(field);
        if (values != null && values[hit] instanceof Snippet highlighted && !highlighted.isEmpty()) {
            return highlighted;
        }
        return Snippet.plain(document.get(field));
    }
}
