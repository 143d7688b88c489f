package org.veritext.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ClaimAnalyzerTest {

    @Test
    void foldsCaseAndAccentsDropsPossessivesAndStopWordsAndStems() throws IOException {
        assertThat(terms("Türkiye's President Erdoğan hosted the TALKS in İstanbul"))
                .containsExactly("turkiy", "presid", "erdogan", "host", "talk", "istanbul");
    }

    @Test
    void writesNumbersOneWayHoweverTheirDigitsAreGrouped() throws IOException {
        assertThat(terms("bodies of 6,000 soldiers")).containsExactly("bodi", "6000", "soldier");
        assertThat(terms("bodies of 6 000 soldiers")).containsExactly("bodi", "6000", "soldier");
        assertThat(terms("bodies of 6\u202f000 soldiers")).containsExactly("bodi", "6000", "soldier");
        assertThat(terms("1,250,000 votes")).containsExactly("1250000", "vote");
        assertThat(terms("6.5 percent, 12 000")).containsExactly("6.5", "percent", "12000");
    }

    @Test
    void keepsSeparateNumbersSeparate() throws IOException {
        assertThat(terms("in 2019, 300 people")).containsExactly("2019", "300", "peopl");
        assertThat(terms("6 00 or 60 0000")).containsExactly("6", "00", "60", "0000");
    }

    @Test
    void theUnstemmedTwinKeepsWholeWordsAndStopWords() throws IOException {
        assertThat(terms(ClaimFields.unstemmed(ClaimFields.QUOTE), "Earnings were cut by the Government"))
                .containsExactly("earnings", "were", "cut", "by", "the", "government");
    }

    @Test
    void dropsCurlyApostrophePossessives() throws IOException {
        assertThat(terms("Russia\u2019s approach")).containsExactly("russia", "approach");
    }

    private static List<String> terms(String text) throws IOException {
        return terms(ClaimFields.QUOTE, text);
    }

    private static List<String> terms(String field, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (ClaimAnalyzer analyzer = new ClaimAnalyzer(); TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
