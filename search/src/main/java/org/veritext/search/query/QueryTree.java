package org.veritext.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Structural operations on a Lucene query, whichever parser built it: the compound queries (boolean, boost, constant
 * score, disjunction max) are taken apart and rebuilt; everything else is a leaf. A leaf inside some other wrapper
 * is not reached, which the clause check of {@link QueryBudget} still covers.
 */
final class QueryTree {

    /** Maps a leaf to its replacement, or to null to leave it out. */
    @FunctionalInterface
    interface LeafMapping {
        Query apply(Query leaf) throws IOException;
    }

    private QueryTree() {
    }

    /** The query with each leaf mapped, in the order the leaves appear; null if every leaf was left out. */
    static Query mapLeaves(Query query, LeafMapping mapping) throws IOException {
        return rebuild(query, mapping, Integer.MAX_VALUE);
    }

    /** The query with only the first {@code clauses} clauses of every boolean (and disjunction) in it. */
    static Query keepFirstClauses(Query query, int clauses) {
        try {
            return rebuild(query, leaf -> leaf, clauses);
        } catch (IOException e) {
            throw new IllegalStateException("The identity mapping does no I/O", e);
        }
    }

    /** The most clauses of any one boolean (or disjunction) in the query; 1 for a leaf. */
    static int widestClauseList(Query query) {
        return switch (query) {
            case BooleanQuery bool -> Math.max(bool.clauses().size(),
                    bool.clauses().stream().mapToInt(clause -> widestClauseList(clause.query())).max().orElse(0));
            case DisjunctionMaxQuery max -> Math.max(max.getDisjuncts().size(),
                    max.getDisjuncts().stream().mapToInt(QueryTree::widestClauseList).max().orElse(0));
            case BoostQuery boost -> widestClauseList(boost.getQuery());
            case ConstantScoreQuery constant -> widestClauseList(constant.getQuery());
            default -> 1;
        };
    }

    /**
     * The clauses of the query as Lucene counts them against its clause limit (a term or phrase is one, a match-all
     * is one, excluded ones count too), with each multi-term query (fuzzy, prefix, wildcard …) counted as the
     * {@code perMultiTermQuery} terms it will at most expand to.
     */
    static int clauses(Query query, int perMultiTermQuery) {
        ClauseCounter counter = new ClauseCounter(perMultiTermQuery);
        query.visit(counter);
        return counter.count;
    }

    /** How many index terms the query looks up, counting every term of a phrase or blended query. */
    static int terms(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                count[0] += terms.length;
            }
        });
        return count[0];
    }

    private static Query rebuild(Query query, LeafMapping mapping, int maxClauses) throws IOException {
        switch (query) {
            case BooleanQuery bool -> {
                BooleanQuery.Builder builder = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                int kept = 0;
                for (BooleanClause clause : bool.clauses()) {
                    if (kept == maxClauses) {
                        break;
                    }
                    Query rebuilt = rebuild(clause.query(), mapping, maxClauses);
                    if (rebuilt != null) {
                        builder.add(rebuilt, clause.occur());
                        kept++;
                    }
                }
                return kept == 0 && !bool.clauses().isEmpty() ? null : builder.build();
            }
            case DisjunctionMaxQuery max -> {
                List<Query> disjuncts = new ArrayList<>();
                for (Query disjunct : max.getDisjuncts()) {
                    if (disjuncts.size() == maxClauses) {
                        break;
                    }
                    Query rebuilt = rebuild(disjunct, mapping, maxClauses);
                    if (rebuilt != null) {
                        disjuncts.add(rebuilt);
                    }
                }
                return disjuncts.isEmpty() ? null : new DisjunctionMaxQuery(disjuncts, max.getTieBreakerMultiplier());
            }
            case BoostQuery boost -> {
                Query rebuilt = rebuild(boost.getQuery(), mapping, maxClauses);
                return rebuilt == null ? null : new BoostQuery(rebuilt, boost.getBoost());
            }
            case ConstantScoreQuery constant -> {
                Query rebuilt = rebuild(constant.getQuery(), mapping, maxClauses);
                return rebuilt == null ? null : new ConstantScoreQuery(rebuilt);
            }
            default -> {
                return mapping.apply(query);
            }
        }
    }

    /** Counts like IndexSearcher's own clause check, which also descends into excluded clauses. */
    private static final class ClauseCounter extends QueryVisitor {

        private final int perMultiTermQuery;
        private int count;

        private ClauseCounter(int perMultiTermQuery) {
            this.perMultiTermQuery = perMultiTermQuery;
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
        }

        @Override
        public void visitLeaf(Query query) {
            count++;
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            count++;
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            count += query instanceof MultiTermQuery ? perMultiTermQuery : 1;
        }
    }
}
