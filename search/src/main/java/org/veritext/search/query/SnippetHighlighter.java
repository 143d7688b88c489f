package org.veritext.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Lucene's unified highlighter, giving {@link Snippet}s instead of HTML strings (the object-returning method is
 * protected in Lucene). Claims are highlighted whole: a sentence or a paragraph, short enough to show entire.
 * Articles are highlighted in passages of about a sentence around the matches.
 *
 * <p>Matches are found from the query's terms (phrases still only where the whole phrase matches), not with Lucene's
 * "weight matches", which asks the whole query again for every document and field: for a query of a few hundred
 * terms, as {@link QueryBudget} allows, that took ten times as long as the search itself.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    private static final int MAX_CLAIM_LENGTH = 20_000;
    /** Articles are searched whole, however long: a match near the end must still be shown. */
    private static final int MAX_ARTICLE_LENGTH = Integer.MAX_VALUE - 1;
    private static final int PASSAGE_LENGTH = 240;

    private SnippetHighlighter(UnifiedHighlighter.Builder builder) {
        super(builder);
    }

    /** Highlights each field's whole value: for claims. */
    static SnippetHighlighter wholeValues(IndexSearcher searcher, Analyzer analyzer) {
        return new SnippetHighlighter(configured(searcher, analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(MAX_CLAIM_LENGTH));
    }

    /** Highlights passages of about {@value #PASSAGE_LENGTH} characters, sentences where it can: for articles. */
    static SnippetHighlighter passages(IndexSearcher searcher, Analyzer analyzer) {
        return new SnippetHighlighter(configured(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength( // the match in the middle
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
                .withMaxLength(MAX_ARTICLE_LENGTH));
    }

    private static UnifiedHighlighter.Builder configured(IndexSearcher searcher, Analyzer analyzer) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withWeightMatches(false);
    }

    /** The highlighted snippet of hit {@code hit} in {@code field}; {@code plain} as it is if nothing matched there. */
    static Snippet orPlain(Map<String, Object[]> snippets, String field, int hit, String plain) {
        Object[] values = snippets.get(field);
        if (values != null && values[hit] instanceof Snippet highlighted && !highlighted.isEmpty()) {
            return highlighted;
        }
        return Snippet.plain(plain);
    }

    /** For each field, one {@link Snippet} per document (in the order of {@code docIds}), or null without a match. */
    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds) throws IOException {
        return snippets(fields, query, docIds, 1);
    }

    /** As {@link #snippets(String[], Query, int[])}, with up to {@code passages} passages per field. */
    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int passages) throws IOException {
        int[] perField = new int[fields.length];
        Arrays.fill(perField, passages);
        return highlightFieldsAsObjects(fields, query, docIds, perField);
    }
}
