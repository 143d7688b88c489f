package org.veritext.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsAndSentencesTest {

    @Test
    void wordsKeepApostrophesInsideAndLeaveOutPossessives() {
        String text = "Russia’s O'Brien met Мар'їнка, U.S. envoy, Jean-Claude; 12,000 left.";

        assertThat(Words.of(text)).extracting(Words.Word::text)
                .containsExactly("Russia", "O'Brien", "met", "Мар'їнка", "U.S.", "envoy", "Jean", "Claude",
                        "12,000", "left");
        assertThat(Words.of(text).getFirst().possessive()).isTrue();
        assertThat(Words.of(text).getFirst().end()).isEqualTo("Russia".length());
    }

    @Test
    void wordsJoinAcrossSpacesHyphensInitialsAndTitlesOnly() {
        assertThat(joins("Jean-Claude")).isTrue();
        assertThat(joins("Donald J. Trump".substring(7))).isTrue();
        assertThat(joins("Mr. Umerov")).isTrue();
        assertThat(joins("Rustem  Umerov")).isTrue();
        assertThat(joins("Rustem, Umerov")).isFalse();
        assertThat(joins("Rustem\nUmerov")).isFalse();
        assertThat(joins("Rustem – Umerov")).isFalse();
        assertThat(joins("end. Umerov")).isFalse();
    }

    @Test
    void sentencesRunOnAfterTitlesInitialsAndUsAndEndAtLineBreaks() {
        String text = "  Mr. Umerov met Gen. Syrskyi and U.S. President Trump. Donald J. Trump left.\n"
                + "A headline without a stop\n\n“We are ready,” he said. Next one!  ";

        assertThat(Sentences.of(text)).extracting(s -> text.substring(s.start(), s.end())).containsExactly(
                "Mr. Umerov met Gen. Syrskyi and U.S. President Trump.",
                "Donald J. Trump left.",
                "A headline without a stop",
                "“We are ready,” he said.",
                "Next one!");
    }

    private static boolean joins(String text) {
        List<Words.Word> words = Words.of(text);
        return Words.joinable(text, words.get(0), words.get(1));
    }
}
