package org.veritext.core.names;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.veritext.core.text.VisibleText;

/**
 * The sentences of a text, by ICU's sentence boundaries with English abbreviations suppressed ("Mr. Umerov" does not
 * end a sentence), plus our own: ICU still breaks after "Dr.", "Gen." or "U.S." and after an initial ("Donald J.
 * Trump"), so a sentence that ends with one of those runs on into the next. A line break always ends a sentence;
 * a closing quotation mark stays with the sentence it closes. Offsets are trimmed to what is visible.
 */
final class Sentences {

    record Sentence(int start, int end) {
    }

    private static final ULocale ENGLISH_WITH_ABBREVIATIONS = new ULocale("en@ss=standard");
    /** "J", "U.S", "U.S.A": capitals each followed by a dot but the last (which the sentence's dot ends). */
    private static final Pattern SINGLE_CAPITALS = Pattern.compile("(?:\\p{Lu}\\.)*\\p{Lu}");

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(ENGLISH_WITH_ABBREVIATIONS);
        boundaries.setText(text);
        List<Sentence> sentences = new ArrayList<>();
        int start = boundaries.first();
        int pendingStart = -1;
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            int from = pendingStart >= 0 ? pendingStart : start;
            if (end < text.length() && endsWithAbbreviation(text, start, end)) {
                pendingStart = from;
                continue;
            }
            pendingStart = -1;
            add(sentences, text, from, end);
        }
        if (pendingStart >= 0) {
            add(sentences, text, pendingStart, text.length());
        }
        return sentences;
    }

    /** Whether the sentence ends, on the same line, in a title abbreviation, "U.S." or an initial and its dot. */
    private static boolean endsWithAbbreviation(String text, int start, int end) {
        int dot = end - 1;
        while (dot >= start && Character.isWhitespace(text.charAt(dot))) {
            if (text.charAt(dot) == '\n') {
                return false;
            }
            dot--;
        }
        if (dot < start || text.charAt(dot) != '.') {
            return false;
        }
        // The word before the dot: letters and inner dots ("U.S", "Mr", "J").
        int from = dot;
        while (from > start && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot);
        return Words.TITLE_ABBREVIATIONS.contains(word) || SINGLE_CAPITALS.matcher(word).matches();
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && isBlank(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isBlank(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        if (start < end) {
            sentences.add(new Sentence(start, end));
        }
    }

    private static boolean isBlank(int codePoint) {
        return VisibleText.isEmpty(Character.toString(codePoint));
    }
}
