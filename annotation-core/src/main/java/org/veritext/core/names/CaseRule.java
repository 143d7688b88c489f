package org.veritext.core.names;

import java.text.Normalizer;
import java.util.List;

/**
 * When a catalog name matches text in another case. In general it does: "zelenskyy" and "ZELENSKYY" are
 * Zelenskyy. Two kinds of name would flood an article with false matches, so they are held to their case:
 *
 * <ul>
 *   <li>{@link #CAPITALS}: a name written all in capitals with at most three letters ("US", "U.S.", "UN", "EU",
 *       "WHO", "G7") matches only text in capitals: "US" but not "us" in "tell us", "WHO" but not "who".</li>
 *   <li>{@link #AS_WRITTEN}: a name made only of function words or single letters ("The Who", "May", "x") matches
 *       only text with the same capitals: "May" but not "may".</li>
 * </ul>
 */
enum CaseRule {

    ANY, CAPITALS, AS_WRITTEN;

    private static final int MAX_ACRONYM_LETTERS = 3;

    static CaseRule of(String name, List<Words.Word> words) {
        long letters = name.codePoints().filter(Character::isLetter).count();
        boolean capitals = name.codePoints().anyMatch(Character::isUpperCase)
                && name.codePoints().noneMatch(cp -> Character.isLowerCase(cp) || Character.isTitleCase(cp));
        if (letters > 0 && letters <= MAX_ACRONYM_LETTERS && capitals) {
            return CAPITALS;
        }
        boolean ordinary = words.stream().map(w -> NameKeys.ofWord(w.text()).folded())
                .allMatch(w -> w.codePointCount(0, w.length()) == 1 || CommonWords.isFunctionWord(w));
        return ordinary ? AS_WRITTEN : ANY;
    }

    /** The word with accents and punctuation dropped but its capitals kept, to compare words "as written". */
    static String caseForm(String word) {
        StringBuilder form = new StringBuilder();
        Normalizer.normalize(word, Normalizer.Form.NFKD).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(form::appendCodePoint);
        return form.toString();
    }
}
