package org.veritext.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void composesCharactersIntoNfc() {
        String decomposed = "Tu\u0308rkiye caf\u0065\u0301";

        assertThat(TextNormaliser.normalise(decomposed)).isEqualTo("T\u00FCrkiye caf\u00E9");
    }

    @Test
    void turnsEveryKindOfLineEndIntoNewline() {
        assertThat(TextNormaliser.normalise("a\r\nb\rc\u2028d\u2029e\u0085f")).isEqualTo("a\nb\nc\nd\ne\nf");
    }

    @Test
    void dropsControlCharactersAndByteOrderMarksButKeepsTabsAsSpaces() {
        assertThat(TextNormaliser.normalise("\uFEFFone\u0000two\u0007\u009Fthree\tfour\u007F"))
                .isEqualTo("onetwothree four");
    }

    @Test
    void keepsEmojiAndReplacesLoneSurrogates() {
        String text = "peace \uD83D\uDD4A\uFE0F talks \uD83D broken \uDC00 too";

        assertThat(TextNormaliser.normalise(text))
                .isEqualTo("peace \uD83D\uDD4A\uFE0F talks \uFFFD broken \uFFFD too");
    }

    @Test
    void keepsParagraphsAsSingleBlankLinesAndStripsTrailingSpaces() {
        String text = "\n\n  First paragraph.   \nSame paragraph.\n\n\n\n\nSecond paragraph. \n\n";

        assertThat(TextNormaliser.normalise(text)).isEqualTo("First paragraph.\nSame paragraph.\n\nSecond paragraph.");
    }

    @Test
    void keepsRightToLeftTextAsItIs() {
        String arabic = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631";

        assertThat(TextNormaliser.normalise(arabic)).isEqualTo(arabic);
    }

    @Test
    void normalisingTwiceChangesNothing() {
        String messy = "\uFEFF Title\r\n\r\n\r\nBody\u00A0 \t\n\u0007e\u0301\uD800 end \n";
        String once = TextNormaliser.normalise(messy);

        assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
    }

    @Test
    void nullAndBlankBecomeEmpty() {
        assertThat(TextNormaliser.normalise(null)).isEmpty();
        assertThat(TextNormaliser.normalise(" \n\t\r\n ")).isEmpty();
    }

    @Test
    void stripsEveryKindOfSpaceAtBothEndsAndAtLineEnds() {
        String text = "\u00A0\u2003 First line.\u00A0\u202F\nSecond line.\u3000\n\u2007\n\n\u00A0\n\nThird.\u2003\n\u00A0";

        assertThat(TextNormaliser.normalise(text)).isEqualTo("First line.\nSecond line.\n\nThird.");
    }

    @Test
    void aTextOfOnlyNoBreakAndEmSpacesBecomesEmpty() {
        assertThat(TextNormaliser.normalise("\u00A0\u2003\n\u00A0")).isEmpty();
        assertThat(TextNormaliser.normaliseLine(" \u00A0\u2003 ")).isEmpty();
    }

    @Test
    void keepsNoBreakSpacesInsideALine() {
        assertThat(TextNormaliser.normalise("12\u00A0000 people\u202F!")).isEqualTo("12\u00A0000 people\u202F!");
    }

    @Test
    void aLineFieldHasNoLineBreaksAndSingleSpaces() {
        assertThat(TextNormaliser.normaliseLine("  Talks\n in   Istanbul\t ")).isEqualTo("Talks in Istanbul");
    }
}
