package org.veritext.core.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Brings article text into the one form Veritext stores: Unicode NFC, {@code \n} line ends, no control characters,
 * no trailing spaces of any kind on a line, at most one blank line between paragraphs, no blank lines or spaces at
 * either end.
 *
 * <p>Claims point into the text by UTF-16 offsets, so the text is normalised once, at import, and never changed
 * afterwards. Normalising twice gives the same text.
 */
public final class TextNormaliser {

    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\r\u0085\u2028\u2029]");
    /** Every kind of space (U+00A0, U+2003, …), not only the ASCII one: all of them show as nothing at a line end. */
    private static final Pattern TRAILING_SPACES = Pattern.compile("\\p{Zs}+$", Pattern.MULTILINE);
    private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\n{3,}");

    private TextNormaliser() {
    }

    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String text = LINE_BREAKS.matcher(raw).replaceAll("\n");
        text = dropControlCharactersAndBrokenSurrogates(text);
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = TRAILING_SPACES.matcher(text).replaceAll("");
        text = BLANK_LINE_RUNS.matcher(text).replaceAll("\n\n");
        return stripBlankEnds(text);
    }

    /**
     * The same rules for a one-line field such as a title: every run of white space, line breaks included, becomes
     * one space.
     */
    public static String normaliseLine(String raw) {
        return normalise(raw).replaceAll("\\s+", " ");
    }

    /**
     * Tabs become spaces (they carry no meaning in prose); other C0/C1 controls and byte-order marks are removed; a
     * lone surrogate (possible in pasted text) becomes U+FFFD so that every offset boundary is a whole character.
     */
    private static String dropControlCharactersAndBrokenSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\n') {
                out.append(c);
            } else if (c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String stripBlankEnds(String text) {
        int start = 0;
        while (start < text.length() && isBlank(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** {@link Character#isWhitespace} leaves out the no-break spaces (U+00A0, U+2007, U+202F); these do not. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
