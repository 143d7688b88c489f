package org.veritext.search.similar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.veritext.search.index.ClaimFields;

/**
 * The word half of "checked before?": any word of the text may match, in the quote or the restatement, ranked by
 * BM25, so that claims sharing more (and rarer) words come first. Unlike Lucene's MoreLikeThis it needs no word to
 * occur twice (a claim is one sentence: most words occur once).
 *
 * <p>At most {@link Tuning#maxWords()} distinct words are searched, the rarest in the index first (words the index
 * does not hold are left out: they cannot match): whatever is pasted, the query stays small.
 *
 * @param query     the BM25 query
 * @param fullMatch what a claim of average length holding each searched word once scores (Lucene's BM25: idf /
 *                  (1 + k1) per word, in the field where the word is rarer): a scale for how much of the text a
 *                  claim matches, the same for every answer to this text
 */
record WordQuery(Query query, double fullMatch) {

    private static final String[] FIELDS = {ClaimFields.QUOTE, ClaimFields.RESTATEMENT};
    /** Lucene's default BM25 term-frequency saturation. */
    private static final double K1 = 1.2;

    /** The query for {@code text}, or null if none of its words is in the index. */
    static WordQuery of(String text, Analyzer analyzer, IndexReader reader, int maxWords) throws IOException {
        List<WeightedWord> words = new ArrayList<>();
        for (String word : words(text, analyzer)) {
            long documents = 0;
            double idf = 0;
            for (String field : FIELDS) {
                int docFreq = reader.docFreq(new Term(field, word));
                documents += docFreq;
                if (docFreq > 0) {
                    idf = Math.max(idf, idf(docFreq, reader.getDocCount(field)));
                }
            }
            if (documents > 0) {
                words.add(new WeightedWord(word, documents, idf));
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        words.sort(Comparator.comparingLong(WeightedWord::documents));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        double fullMatch = 0;
        for (WeightedWord word : words.subList(0, Math.min(maxWords, words.size()))) {
            for (String field : FIELDS) {
                query.add(new TermQuery(new Term(field, word.word())), Occur.SHOULD);
            }
            fullMatch += word.idf() / (1 + K1);
        }
        return new WordQuery(query.build(), fullMatch);
    }

    /** The distinct analysed words of {@code text}, in order: folded, stemmed, without stop words. */
    static Set<String> words(String text, Analyzer analyzer) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(ClaimFields.QUOTE, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing text in memory failed", e);
        }
        return words;
    }

    /** Lucene's BM25 idf. */
    private static double idf(long docFreq, long docCount) {
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    private record WeightedWord(String word, long documents, double idf) {
    }
}
