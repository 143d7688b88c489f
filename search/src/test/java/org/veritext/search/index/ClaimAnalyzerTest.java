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
    void keepsNumbersWhole() throws IOException {
        assertThat(terms("bodies of 6,000 soldiers")).containsExactly("bodi", "6,000", "soldier");
    }

    @Test
    void dropsCurlyApostrophePossessives() throws IOException {
        assertThat(terms("Russia\u2019s approach")).containsExactly("russia", "approach");
    }

    private static List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (ClaimAnalyzer analyzer = new ClaimAnalyzer(); TokenStream stream = analyzer.tokenStream("quote", text)) {
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
