package org.veritext.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Holds a Lucene query to {@link QueryLimits} before it runs, and says in the user's words what that changed. It
 * works on the query tree only, not on the text it was parsed from, so it serves any parser that builds Lucene
 * queries.
 *
 * <ol>
 *   <li>In each field, only the first few fuzzy words and prefixes (and patterns) stay expanding; the others become
 *       plain words (patterns are left out).</li>
 *   <li>If even one term per expanding word leaves more clauses than allowed, only the first n clauses of every
 *       boolean are kept, n as large as fits.</li>
 *   <li>The clauses left are shared out among the expanding words, at most {@link QueryLimits#expansionsPerWord()}
 *       terms each, and each word is replaced by its best terms.</li>
 *   <li>The query is rewritten to primitive queries. Lucene checks its own clause limit there; should it still
 *       refuse, nothing is searched and the user is told, instead of an error.</li>
 *   <li>The search runs on a searcher of its own with the time limit (the limit and its "timed out" flag belong to one
 *       search, not to everyone sharing the index reader). The clock starts when the budget is applied.</li>
 * </ol>
 */
public final class QueryBudget {

    private final QueryLimits limits;

    public QueryBudget(QueryLimits limits) {
        this.limits = limits;
    }

    /** Prepares {@code query} to run on {@code reader} within the limits; the time allowed starts now. */
    public BudgetedSearch apply(IndexReader reader, Query query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setTimeout(new QueryTimeoutImpl(limits.timeAllowed().toMillis()));
        int maxClauses = Math.min(limits.clauses(), IndexSearcher.getMaxClauseCount());
        List<String> notices = new ArrayList<>();

        ExpandingWords words = new ExpandingWords(limits.expandingWordsPerField());
        Query budgeted = orNothing(words.cap(query));
        String tooManyWords = null;
        if (QueryTree.clauses(budgeted, 1) > maxClauses) {
            int kept = widestThatFits(budgeted, maxClauses);
            budgeted = orNothing(QueryTree.keepFirstClauses(budgeted, kept));
            tooManyWords = String.format(Locale.ENGLISH, "Your search had too many words to search at once; only "
                    + "the first %,d were searched.", kept);
        }
        int plainClauses = QueryTree.clauses(budgeted, 0);
        int expandingWords = QueryTree.clauses(budgeted, 1) - plainClauses;
        int expansions = expandingWords == 0 ? limits.expansionsPerWord()
                : Math.min(limits.expansionsPerWord(), (maxClauses - plainClauses) / expandingWords);
        budgeted = orNothing(words.expand(budgeted, searcher, expansions));
        notices.addAll(words.notices());
        if (tooManyWords != null) {
            notices.add(tooManyWords);
        }

        Query executable;
        try {
            executable = searcher.rewrite(budgeted);
        } catch (IndexSearcher.TooManyClauses e) {
            // Not expected after the steps above; a last guard for queries wrapped in a way they cannot see into.
            executable = new MatchNoDocsQuery("over Lucene's clause limit");
            notices.add("Your search was too complex to run; nothing was searched. Try fewer words.");
        }
        return new BudgetedSearch(searcher, executable, notices, limits.timeAllowed());
    }

    /** The largest n such that the first n clauses of every boolean fit; 1 always does (one path, one leaf). */
    private static int widestThatFits(Query query, int maxClauses) {
        int fits = 1;
        int tooWide = QueryTree.widestClauseList(query) + 1;
        while (tooWide - fits > 1) {
            int middle = (fits + tooWide) >>> 1;
            if (QueryTree.clauses(QueryTree.keepFirstClauses(query, middle), 1) <= maxClauses) {
                fits = middle;
            } else {
                tooWide = middle;
            }
        }
        return fits;
    }

    private static Query orNothing(Query query) {
        return query == null ? new MatchNoDocsQuery("every part was left out") : query;
    }
}
