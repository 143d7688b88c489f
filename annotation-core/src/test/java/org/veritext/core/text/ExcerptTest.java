package org.veritext.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void shortTextsStayWholeOnOneLine() {
        assertThat(Excerpt.of("  Two\n\tlines  ", 20)).isEqualTo("Two lines");
        assertThat(Excerpt.of(null, 20)).isEmpty();
    }

    @Test
    void longTextsEndWithAnEllipsisWithinTheLimit() {
        String excerpt = Excerpt.of("word ".repeat(100), 50);

        assertThat(excerpt).hasSizeLessThanOrEqualTo(50).endsWith("word\u2026");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
        String excerpt = Excerpt.of("abcd\uD83D\uDE80rocket", 6); // the rocket's two units sit at 4 and 5

        assertThat(excerpt).isEqualTo("abcd\u2026");
    }
}
