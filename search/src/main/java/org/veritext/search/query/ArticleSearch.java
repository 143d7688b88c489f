package org.veritext.search.query;

import static org.veritext.search.index.ClaimFields.ARTICLE_TITLE;
import static org.veritext.search.index.ClaimFields.PUBLISHED_ON;
import static org.veritext.search.index.ClaimFields.PUBLISHER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.user.CurrentUser;
import org.veritext.core.user.SignedInUser;
import org.veritext.search.index.ArticleFields;
import org.veritext.search.index.ClaimAnalyzer;
import org.veritext.search.index.ClaimIndex;

/**
 * Finds articles by their text, title or publisher — also articles in which nobody has marked a claim yet ("did we
 * import the piece that says …?") — in the projects the user belongs to, filtered here ({@link VisibleClaims}) as
 * claims are. The syntax is the claim search's; its filters that only claims have ({@code actor:},
 * {@code verdict:}…) match no article, while {@code publisher:} and {@code date:} apply to both, also alone. An empty
 * query finds none: listing articles is the article list's job. The title is marked whole, the text in passages.
 */
@Service
public class ArticleSearch {

    public static final int MAX_HITS = 50;
    static final Map<String, Float> FIELD_WEIGHTS = Map.of(ARTICLE_TITLE, 2f, ArticleFields.TEXT, 1f,
            PUBLISHER, 0.5f);
    private static final Set<String> SHOWN_FIELDS = Set.of(ArticleFields.ID, ARTICLE_TITLE, PUBLISHER, PUBLISHED_ON);
    private static final int PASSAGES = 2;

    private final ClaimIndex index;
    private final CurrentUser currentUser;
    private final VisibleClaims visibleClaims;
    private final ChangeLog changeLog;
    private final Analyzer analyzer = new ClaimAnalyzer();
    private final ClaimQueryParser parser = new ClaimQueryParser(analyzer, FIELD_WEIGHTS);
    private final QueryBudget budget;

    @Autowired
    ArticleSearch(ClaimIndex index, CurrentUser currentUser, VisibleClaims visibleClaims, ChangeLog changeLog) {
        this(index, currentUser, visibleClaims, changeLog, new QueryBudget(QueryLimits.DEFAULT));
    }

    ArticleSearch(ClaimIndex index, CurrentUser currentUser, VisibleClaims visibleClaims, ChangeLog changeLog,
                  QueryBudget budget) {
        this.index = index;
        this.currentUser = currentUser;
        this.visibleClaims = visibleClaims;
        this.changeLog = changeLog;
        this.budget = budget;
    }

    /** The best {@code limit} articles for {@code text} (at most {@value #MAX_HITS}), and how many match. */
    public ArticleHits search(String text, int limit) {
        SignedInUser user = currentUser.require();
        // Whoever just imported an article finds it: wait (briefly) until the index shows his last change.
        index.awaitVisible(changeLog.lastWrittenBy(user.id()), ClaimSearch.OWN_CHANGES_WAIT);
        Query visible = visibleClaims.articleFilter();
        return index.withSearcher(searcher -> searchOn(searcher, text, limit, visible));
    }

    ArticleHits searchOn(IndexSearcher onReader, String text, int limit, Query visible) {
        String searched = QueryText.of(text).searched();
        if (searched.isBlank()) {
            return ArticleHits.NONE;
        }
        ClaimQueryParser.Parsed parsed = parser.parse(searched); // filters alone ("publisher:…") do find articles
        try {
            BudgetedSearch budgeted = budget.apply(onReader.getIndexReader(), parsed.query());
            IndexSearcher searcher = budgeted.searcher();
            Query query = new BooleanQuery.Builder().add(budgeted.query(), BooleanClause.Occur.MUST)
                    .add(visible, BooleanClause.Occur.FILTER).build();
            long total = searcher.count(query);
            int size = Math.clamp(limit, 0, MAX_HITS);
            if (total == 0 || size == 0) {
                return new ArticleHits(total, List.of());
            }
            ScoreDoc[] top = searcher.search(query, new TopScoreDocCollectorManager(size, 1_000)).scoreDocs;
            return new ArticleHits(total, hits(searcher, budgeted.query(), top));
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the articles in the index failed", e);
        }
    }

    private List<ArticleHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] top) throws IOException {
        int[] docIds = Arrays.stream(top).mapToInt(hit -> hit.doc).toArray();
        Query highlighted = HighlightTerms.withStemmedTwins(query, analyzer);
        Map<String, Object[]> snippets = new HashMap<>(SnippetHighlighter.wholeValues(searcher, analyzer)
                .snippets(new String[] {ARTICLE_TITLE}, highlighted, docIds));
        snippets.putAll(SnippetHighlighter.passages(searcher, analyzer)
                .snippets(new String[] {ArticleFields.TEXT}, highlighted, docIds, PASSAGES));
        StoredFields stored = searcher.storedFields();
        List<ArticleHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Document document = stored.document(docIds[i], SHOWN_FIELDS); // not the whole text again
            String publishedOn = document.get(PUBLISHED_ON);
            hits.add(new ArticleHit(UUID.fromString(document.get(ArticleFields.ID)),
                    SnippetHighlighter.orPlain(snippets, ARTICLE_TITLE, i, document.get(ARTICLE_TITLE)),
                    document.get(PUBLISHER),
                    publishedOn == null ? null : LocalDate.parse(publishedOn),
                    SnippetHighlighter.orPlain(snippets, ArticleFields.TEXT, i, "")));
        }
        return hits;
    }
}
