package org.veritext.core.text;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where one character as a reader sees it (a Unicode extended grapheme cluster) ends and the next begins: a family
 * emoji joined by U+200D, an emoji with its skin tone, a flag made of two regional indicators, a letter with a
 * combining accent that has no precomposed form, a Devanagari syllable. An offset between two code points of one
 * cluster cuts that character in two.
 *
 * <p>The JDK's character {@link BreakIterator} follows UAX #29 (checked on JDK 25 against ICU 77 for all of the
 * above). A line break is always a cluster boundary, so only the line around an offset is examined, not the whole
 * text.
 */
public final class GraphemeClusters {

    private GraphemeClusters() {
    }

    public static boolean isBoundary(String text, int offset) {
        return boundaryAtOrBefore(text, offset) == offset;
    }

    /** {@code offset} if it is a boundary, else the start of the cluster it falls in. */
    public static int boundaryAtOrBefore(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return offset;
        }
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = text.indexOf('\n', offset);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        if (offset == lineStart || offset == lineEnd) {
            return offset;
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text.substring(lineStart, lineEnd));
        int local = offset - lineStart;
        return lineStart + (clusters.isBoundary(local) ? local : clusters.preceding(local));
    }

    /** {@code offset} if it is a boundary, else the end of the cluster it falls in. */
    public static int boundaryAtOrAfter(String text, int offset) {
        int before = boundaryAtOrBefore(text, offset);
        if (before == offset) {
            return offset;
        }
        int lineEnd = text.indexOf('\n', offset);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text.substring(before, lineEnd));
        return before + clusters.following(0);
    }
}
