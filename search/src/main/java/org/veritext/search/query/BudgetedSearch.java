package org.veritext.search.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A query held to its {@link QueryBudget}, with a searcher of its own that stops at the time limit, and the
 * sentences that tell the user what was simplified or cut short.
 */
public final class BudgetedSearch {

    private final IndexSearcher searcher;
    private final Query query;
    private final List<String> simplifications;
    private final Duration timeAllowed;

    BudgetedSearch(IndexSearcher searcher, Query query, List<String> simplifications, Duration timeAllowed) {
        this.searcher = searcher;
        this.query = query;
        this.simplifications = List.copyOf(simplifications);
        this.timeAllowed = timeAllowed;
    }

    /** Searches with the time limit: a search that reaches it returns what it found until then. */
    public IndexSearcher searcher() {
        return searcher;
    }

    /** The query to execute: rewritten to primitive queries, within the limits. */
    public Query query() {
        return query;
    }

    /** True once a search on {@link #searcher()} was stopped at the time limit. */
    public boolean cutShort() {
        return searcher.timedOut();
    }

    /** What the user should know: each simplification, then whether the search was cut short. */
    public List<String> notices() {
        if (!cutShort()) {
            return simplifications;
        }
        List<String> notices = new ArrayList<>(simplifications);
        notices.add("The search took longer than " + seconds(timeAllowed)
                + " and was stopped; only what it had found by then is shown.");
        return List.copyOf(notices);
    }

    private static String seconds(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros();
        return seconds.toPlainString() + (seconds.compareTo(BigDecimal.ONE) == 0 ? " second" : " seconds");
    }
}
