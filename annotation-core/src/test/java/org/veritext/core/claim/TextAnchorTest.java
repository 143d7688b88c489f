package org.veritext.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
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

    @Test
    void rejectsSelectionThatSplitsAnEmoji() {
        String text = "Talks \uD83D\uDD4A ended.";
        int emoji = text.indexOf('\uD83D');

        assertThatThrownBy(() -> TextAnchor.select(text, new TextSelection(0, emoji + 1, text.substring(0, emoji + 1))))
                .hasMessageContaining("cuts a character");
        assertThatThrownBy(() -> TextAnchor.select(text, new TextSelection(emoji + 1, text.length(),
                text.substring(emoji + 1))))
                .hasMessageContaining("cuts a character");
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
}
