package org.veritext.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.veritext.core.DomainException;

class TextAnchorTest {

    private static final String TEXT = "The ministry said 12,000 bodies would be returned. Kyiv disputed it.";

    @Test
    void anchorsASelectionWhoseQuoteMatchesTheText() {
        int start = TEXT.indexOf("12,000");
        int end = TEXT.indexOf(" would");

        TextAnchor anchor = TextAnchor.select(TEXT, new TextSelection(start, end, "12,000 bodies"));

        assertThat(anchor.start()).isEqualTo(start);
        assertThat(anchor.end()).isEqualTo(end);
        assertThat(anchor.quote()).isEqualTo("12,000 bodies");
        assertThat(anchor.prefix()).isEqualTo("The ministry said ");
        assertThat(anchor.suffix()).isEqualTo(" would be returned. Kyiv dispute");
        assertThat(anchor.suffix()).hasSize(TextAnchor.CONTEXT_LENGTH);
    }

    @Test
    void rejectsQuoteThatDoesNotMatchArticleText() {
        assertThatThrownBy(() -> TextAnchor.select(TEXT, new TextSelection(0, 3, "Thx")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("does not match the article");
    }

    @Test
    void rejectsMissingQuote() {
        assertThatThrownBy(() -> TextAnchor.select(TEXT, new TextSelection(0, 3, null)))
                .hasMessageContaining("does not match the article");
    }

    @Test
    void rejectsEmptySelection() {
        assertThatThrownBy(() -> TextAnchor.select(TEXT, new TextSelection(5, 5, "")))
                .hasMessageContaining("Select the words");
    }

    @Test
    void rejectsSelectionsOutsideTheText() {
        assertThatThrownBy(() -> TextAnchor.select(TEXT, new TextSelection(-1, 3, "The")))
                .hasMessageContaining("outside the article text");
        assertThatThrownBy(() -> TextAnchor.select(TEXT, new TextSelection(60, TEXT.length() + 1, "x")))
                .hasMessageContaining("outside the article text");
        assertThatThrownBy(() -> TextAnchor.select(TEXT, new TextSelection(8, 4, "x")))
                .hasMessageContaining("outside the article text");
    }

    private static final String CUTS_A_CHARACTER = "The selection cuts a character in two (such as an emoji, a flag "
            + "or a letter with its accent). Select whole characters.";

    /** What a reader sees as one character, made of several code points even after NFC. */
    static Stream<Arguments> charactersOfSeveralCodePoints() {
        return Stream.of(
                arguments("a family joined by zero-width joiners", "\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66"),
                arguments("an emoji and its skin tone", "\uD83D\uDC4D\uD83C\uDFFD"),
                arguments("the two regional indicators of a flag", "\uD83C\uDDF8\uD83C\uDDFE"),
                arguments("a letter and an accent with no precomposed form", "q\u0301"),
                arguments("a Devanagari conjunct with its vowel sign", "\u0938\u094D\u0924\u0947"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charactersOfSeveralCodePoints")
    void rejectsASelectionStartingOrEndingInsideACharacterAsAReaderSeesIt(String what, String character) {
        String text = "Talks in " + character + " ended.";
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("stored texts are NFC").isTrue();
        int at = text.indexOf(character);

        for (int inside = at + 1; inside < at + character.length(); inside++) {
            int offset = inside;
            assertThatThrownBy(() -> select(text, 0, offset)).isInstanceOf(DomainException.class)
                    .hasMessage(CUTS_A_CHARACTER);
            assertThatThrownBy(() -> select(text, offset, text.length())).isInstanceOf(DomainException.class)
                    .hasMessage(CUTS_A_CHARACTER);
        }
        assertThat(select(text, at, at + character.length()).quote()).isEqualTo(character);
        assertThat(select(text, 0, at + character.length()).quote()).isEqualTo("Talks in " + character);
    }

    @Test
    void contextNeverStartsOrEndsInsideAFlagOrAJoinedEmoji() {
        String flag = "\uD83C\uDDF8\uD83C\uDDFE";
        String family = "\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        String padding = "x".repeat(TextAnchor.CONTEXT_LENGTH - 2);
        // The context windows would end between the flag's two indicators and after the family's first person.
        String text = flag + padding + "claim" + padding + family;
        int start = text.indexOf("claim");

        TextAnchor anchor = select(text, start, start + 5);

        assertThat(anchor.prefix()).isEqualTo(padding);
        assertThat(anchor.suffix()).isEqualTo(padding);
    }

    @Test
    void rejectsASelectionOfOnlyInvisibleCharacters() {
        String text = "Talks\u00A0\u200B\u2060ended.";

        assertThatThrownBy(() -> select(text, 5, 8)).hasMessage(
                "The selection holds only spaces, line breaks or invisible characters. Select the words of the claim.");
    }

    @Test
    void rejectsSelectionThatSplitsAnEmoji() {
        String text = "Talks \uD83D\uDD4A ended.";
        int emoji = text.indexOf('\uD83D');

        assertThatThrownBy(() -> TextAnchor.select(text, new TextSelection(0, emoji + 1, text.substring(0, emoji + 1))))
                .hasMessage(CUTS_A_CHARACTER);
        assertThatThrownBy(() -> TextAnchor.select(text, new TextSelection(emoji + 1, text.length(),
                text.substring(emoji + 1))))
                .hasMessage(CUTS_A_CHARACTER);
        assertThat(TextAnchor.select(text, new TextSelection(emoji, emoji + 2, "\uD83D\uDD4A")).quote())
                .isEqualTo("\uD83D\uDD4A");
    }

    @Test
    void rejectsSelectionOfOnlyWhiteSpace() {
        String text = "One.\n\nTwo.";

        assertThatThrownBy(() -> TextAnchor.select(text, new TextSelection(4, 6, "\n\n")))
                .hasMessageContaining("only spaces");
    }

    @Test
    void contextNeverStartsOrEndsInsideAnEmoji() {
        String padding = "x".repeat(TextAnchor.CONTEXT_LENGTH - 1);
        String text = "\uD83D\uDE00" + padding + "claim" + padding + "\uD83D\uDE00";
        int start = text.indexOf("claim");

        TextAnchor anchor = TextAnchor.select(text, new TextSelection(start, start + 5, "claim"));

        assertThat(anchor.prefix()).isEqualTo(padding);
        assertThat(anchor.suffix()).isEqualTo(padding);
    }

    /** A selection as an honest (or forging) browser sends it: the quote matches the offsets. */
    private static TextAnchor select(String text, int start, int end) {
        return TextAnchor.select(text, new TextSelection(start, end, text.substring(start, end)));
    }
}
