package org.veritext.core.names;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a text with their UTF-16 offsets, by ICU's word boundaries (Unicode UAX #29), which never fall inside
 * a grapheme cluster and keep "O'Brien", "Мар'їнка", "U.S" and "12,000" whole while splitting "Jean-Claude".
 *
 * <p>Two adjustments for names: an English possessive "'s" is left out of the word ("Russia's" is the word "Russia",
 * marked possessive), and the final dot of an abbreviation of single letters is taken in ("U.S." rather than "U.S").
 */
final class Words {

    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    /** Titles abbreviated with a dot that go on to a name: "Mr. Umerov", "Gen. Syrskyi". */
    static final Set<String> TITLE_ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Maj",
            "Sgt", "Capt", "Prof", "Rev", "Sen", "Rep", "Gov", "Jr", "Sr", "Adm", "Cmdr");

    private Words() {
    }

    /**
     * One word.
     *
     * @param possessive the word was followed by "'s" or "’s", which is not part of it
     */
    record Word(int start, int end, String text, boolean possessive) {

        /** Has letters, and all of them are capitals ("US", "U.S.", "G7", "НАТО"). */
        boolean allCapitals() {
            boolean letters = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (Character.isLetter(cp)) {
                    if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                        return false;
                    }
                    letters = letters || Character.isUpperCase(cp);
                }
                i += Character.charCount(cp);
            }
            return letters;
        }

        /** Starts with a capital letter ("Umerov", "NATO", "Зеленський"); false for digits and lower case. */
        boolean capitalised() {
            int first = text.codePointAt(0);
            return Character.isUpperCase(first) || Character.isTitleCase(first);
        }

        boolean hasLetters() {
            return text.codePoints().anyMatch(Character::isLetter);
        }
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        RuleBasedBreakIterator boundaries = (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.ROOT);
        boundaries.setText(text);
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            // Rule status 0 marks spaces and punctuation; numbers, letters, kana and ideographs are 100 and up.
            if (boundaries.getRuleStatus() >= BreakIterator.WORD_NUMBER) {
                words.add(word(text, start, end));
            }
        }
        return words;
    }

    private static Word word(String text, int start, int end) {
        String word = text.substring(start, end);
        if (word.length() > 2 && isApostrophe(word.charAt(word.length() - 2))
                && (word.endsWith("s") || word.endsWith("S"))
                && Character.isLetter(word.charAt(word.length() - 3))) {
            return new Word(start, end - 2, word.substring(0, word.length() - 2), true);
        }
        if (end < text.length() && text.charAt(end) == '.' && DOTTED_ABBREVIATION.matcher(word).matches()) {
            return new Word(start, end + 1, word + ".", false);
        }
        return new Word(start, end, word, false);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * Whether a name can run on from one word to the next: only spaces on one line between them, a hyphen
     * ("Jean-Claude"), a possessive "'s" ("Russia's Foreign Ministry"), or the dot after an initial or a title
     * ("Donald J. Trump", "Mr. Umerov").
     * A comma, a dash, a quotation mark or a line break ends a name.
     */
    static boolean joinable(String text, Word left, Word right) {
        int from = left.end();
        if (left.possessive()) {
            from += 2;
        } else if (text.startsWith(".", from) && (left.text().codePointCount(0, left.text().length()) == 1
                || TITLE_ABBREVIATIONS.contains(left.text()))) {
            from += 1;
        }
        int to = right.start();
        if (from > to) {
            return false;
        }
        if (from == to) {
            return left.end() != to;
        }
        String gap = text.substring(from, to);
        if (gap.length() == 1 && isHyphen(gap.charAt(0)) && from == left.end()) {
            return true;
        }
        return gap.chars().allMatch(c -> c != '\n' && (Character.isSpaceChar(c) || c == '\t'));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
