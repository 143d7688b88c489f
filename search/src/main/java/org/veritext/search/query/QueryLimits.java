package org.veritext.search.query;

import java.time.Duration;

/**
 * What one search may cost, in numbers that can be checked on the query it executes. {@link QueryBudget} holds a
 * query to them; what it has to simplify, it says.
 *
 * @param expandingWordsPerField how many fuzzy words, and how many words ending in {@code *}, are expanded in each
 *                               field. Each one builds an automaton and walks the index's term dictionary; the
 *                               others are searched as plain words.
 * @param expansionsPerWord      how many index terms at most stand in for one expanded word: the closest ones for a
 *                               fuzzy word, the first ones in alphabetical order for a prefix
 * @param clauses                how many term lookups the executed query may hold in all. Lucene refuses more than
 *                               {@link org.apache.lucene.search.IndexSearcher#getMaxClauseCount()} (1,024) anyway;
 *                               the smaller of the two applies.
 * @param timeAllowed            after this the search is stopped and returns what it has found by then
 */
public record QueryLimits(int expandingWordsPerField, int expansionsPerWord, int clauses, Duration timeAllowed) {

    /**
     * Five expanded words per field and kind are far more than a fact-checker writes by hand, yet, at 50 terms each
     * (Lucene's own default for fuzzy queries) over our fields, already fill the clause budget. 1,000 clauses are 125
     * plain words in the eight fields a word is searched in: far more than anyone types. Two seconds are long for a
     * search of claims, which takes milliseconds.
     */
    public static final QueryLimits DEFAULT = new QueryLimits(5, 50, 1_000, Duration.ofSeconds(2));

    public QueryLimits {
        if (expandingWordsPerField < 0 || expansionsPerWord < 1 || clauses < 1 || timeAllowed.isNegative()) {
            throw new IllegalArgumentException("Invalid query limits: " + expandingWordsPerField + ", "
                    + expansionsPerWord + ", " + clauses + ", " + timeAllowed);
        }
    }
}
