package org.veritext.search.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Lucene's unified highlighter, giving {@link Snippet}s instead of HTML strings (the object-returning method is
 * protected in Lucene). Whole field values are highlighted: claims are a sentence or a paragraph, short enough to
 * show entire.
 *
 * <p>Matches are found from the query's terms (phrases still only where the whole phrase matches), not with Lucene's
 * "weight matches", which asks the whole query again for every document and field: for a query of a few hundred
 * terms, as {@link QueryBudget} allows, that took ten times as long as the search itself.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    private static final int MAX_HIGHLIGHTED_LENGTH = 20_000;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(WholeBreakIterator::new)
                .withWeightMatches(false)
                .withMaxLength(MAX_HIGHLIGHTED_LENGTH));
    }

    /** For each field, one {@link Snippet} per document (in the order of {@code docIds}), or null without a match. */
    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds) throws IOException {
        int[] onePassageEach = new int[fields.length];
        Arrays.fill(onePassageEach, 1);
        return highlightFieldsAsObjects(fields, query, docIds, onePassageEach);
    }
}
