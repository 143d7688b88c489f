package org.veritext.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTypeGuessTest {

    @ParameterizedTest
    @CsvSource({
            "Istanbul peace talks, TALKS",
            "Negotiations in Riyadh, TALKS",
            "Istanbul prisoner exchange, EXCHANGE",
            "Black Sea grain deal, EXCHANGE",
            "Drone strike on Odesa, MILITARY_ACTION",
            "Kursk offensive, MILITARY_ACTION",
            "Presidential election 2024, ELECTION",
            "Ceasefire talks, TALKS",
            "Zelenskyy's address to Congress, STATEMENT",
            "Istanbul, OTHER",
            "'', OTHER"})
    void guessesTheKindFromTheTitle(String title, EventType expected) {
        assertThat(EventTypeGuess.of(title)).isEqualTo(expected);
    }
}
