package org.veritext.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 units

    @Test
    void searchesAQueryOfFiveHundredCharactersWhole() {
        QueryText text = QueryText.of("a".repeat(500));

        assertThat(text.searched()).hasSize(500);
        assertThat(text.wasCut()).isFalse();
        assertThat(text.notice()).isEmpty();
    }

    @Test
    void countsCharactersAsCodePointsNotUtf16Units() {
        QueryText fiveHundredEmoji = QueryText.of(EMOJI.repeat(500));
        QueryText oneMore = QueryText.of(EMOJI.repeat(501));

        assertThat(fiveHundredEmoji.wasCut()).isFalse();
        assertThat(oneMore.searched()).isEqualTo(EMOJI.repeat(500)); // never half a surrogate pair
        assertThat(oneMore.notice()).hasValue(
                "Your search is 501 characters long; only its first 500 characters were searched.");
    }

    @Test
    void cutsBeforeTheLastPartialWordAndSaysHowMuchWasSearched() {
        QueryText text = QueryText.of("putin ".repeat(10_000));

        assertThat(text.searched()).isEqualTo(("putin ".repeat(83)).strip());
        assertThat(text.notice()).hasValue(
                "Your search is 59,999 characters long; only its first 497 characters were searched.");
    }

    @Test
    void keepsAWholeLastWordThatEndsExactlyAtTheLimit() {
        String words = "abcd ".repeat(100).strip(); // 499 characters
        QueryText text = QueryText.of(words + "e f");

        assertThat(text.searched()).isEqualTo(words + "e");
    }

    @Test
    void treatsNothingAsAnEmptySearch() {
        assertThat(QueryText.of(null).searched()).isEmpty();
        assertThat(QueryText.of("  \n ").searched()).isEmpty();
        assertThat(QueryText.of("  putin ").notice()).isEmpty();
    }
}
