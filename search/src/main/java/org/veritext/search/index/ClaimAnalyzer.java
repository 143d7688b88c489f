package org.veritext.search.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis for claims: words split by Unicode rules, possessives dropped ("Russia's" finds "Russia"), case
 * and accents folded ("Türkiye" finds "turkiye", "Erdoğan" finds "Erdogan"), English stop words dropped, and
 * words stemmed ("talks" finds "talk"). Numbers are written one way: "6,000", "6 000" and "6000" are one term. Each text
 * field has an unstemmed twin ({@link ClaimFields#unstemmed}) for prefix and fuzzy terms. Names of actors are analysed as names instead: each word becomes its keys
 * in every script and spelling ({@link NameKeysFilter}), with nothing stemmed or dropped. The same analysis runs on
 * documents and on queries.
 */
public final class ClaimAnalyzer extends Analyzer {

    /** Name fields are analysed differently: components are reused per field, not shared by all. */
    public ClaimAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        if (ClaimFields.isNameField(fieldName)) {
            return new TokenStreamComponents(words, new NameKeysFilter(words));
        }
        TokenStream stream = new EnglishPossessiveFilter(words);
        stream = new ICUFoldingFilter(stream);
        if (ClaimFields.isUnstemmedField(fieldName)) {
            return new TokenStreamComponents(words, stream);
        }
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(words, stream);
    }

    /** Digit groups are joined before the words are split: "6,000" and "6 000" are indexed as "6000". */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return ClaimFields.isNameField(fieldName) ? reader : Numbers.joiningDigitGroups(reader);
    }

    /** Prefix and fuzzy query terms are not analysed, only folded, so that "Türk*" still finds "turkish". */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUFoldingFilter(in);
    }
}
