package org.veritext.search.query;

import java.util.Locale;
import java.util.Optional;

/**
 * A search as typed, and the part of it that is searched: at most {@value #MAX_CHARACTERS} characters. Characters
 * are counted as Unicode code points, because what a long query costs downstream is its UTF-8 form (in the index and
 * in the page's address, where the query travels percent-encoded, twice in the page's start-up request), and a code
 * point is at most four UTF-8 bytes whatever the script: a limit in code points is a limit on that too. A longer
 * query is cut before its last partial word, and {@link #notice()} says so.
 *
 * @param typed    what was typed, stripped of surrounding blanks
 * @param searched what is searched, equal to {@code typed} unless that was too long
 */
public record QueryText(String typed, String searched) {

    public static final int MAX_CHARACTERS = 500;

    public static QueryText of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.codePointCount(0, text.length()) <= MAX_CHARACTERS) {
            return new QueryText(text, text);
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, MAX_CHARACTERS));
        int lastBlank = lastBlank(cut);
        boolean cutsAWord = !Character.isWhitespace(text.codePointAt(cut.length()));
        if (cutsAWord && lastBlank > 0) {
            cut = cut.substring(0, lastBlank); // no half word as a last, required term
        }
        return new QueryText(text, cut.strip());
    }

    public boolean wasCut() {
        return !typed.equals(searched);
    }

    /** A sentence telling the user that only part of the query was searched, if so. */
    public Optional<String> notice() {
        if (!wasCut()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ENGLISH,
                "Your search is %,d characters long; only its first %,d characters were searched.",
                length(typed), length(searched)));
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static int lastBlank(String text) {
        for (int i = text.length() - 1; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
