package org.veritext.core.text;

/**
 * The beginning of a text on one line, for places that point at the whole text kept elsewhere (a notification, a
 * history line): white space runs become one space, and past {@code maxChars} UTF-16 units it ends with "…". Never
 * splits a surrogate pair. Columns count UTF-16 units on H2 and code points on PostgreSQL, so units are the safe bound.
 */
public final class Excerpt {

    private Excerpt() {
    }

    public static String of(String text, int maxChars) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= maxChars) {
            return oneLine;
        }
        int cut = maxChars - 1; // room for the ellipsis
        if (Character.isLowSurrogate(oneLine.charAt(cut)) && Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
            cut--;
        }
        return oneLine.substring(0, cut).stripTrailing() + "\u2026";
    }
}
