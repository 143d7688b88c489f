package org.veritext.core.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys under which a name is found, whatever its case, accents, punctuation and script.
 *
 * <ul>
 *   <li>{@link #fold}: compatibility decomposition, accents dropped, lower case, apostrophes removed, any other
 *       punctuation a space. "Erdoğan" and "ERDOGAN" both fold to "erdogan", "O’Brien" to "obrien".</li>
 *   <li>Spellings: a word in Cyrillic is spelled in Latin letters three ways, because English outlets follow
 *       different systems: Ukrainian BGN (Зеленський → zelenskyy), Russian BGN (zelenskiy) and ICU's generic
 *       Any-Latin (zelenskij). Other scripts get the generic spelling only.</li>
 *   <li>{@link #skeleton}: makes the usual variants of one spelling meet: every run of i, y and j becomes one y,
 *       and doubled letters become one. zelenskyy, zelenskiy, zelensky, zelenskij and zelenskyi are all
 *       "zelensky"; Yulia, Yuliia and Yuliya are all "yulya"; Dmitri and Dmitriy are both "dmytry".</li>
 * </ul>
 *
 * Keys are computed word by word (see {@link #ofWord}) so that a dictionary can follow a text word by word.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /**
     * Case-, accent- and punctuation-insensitive form: NFKD, combining marks and format characters (soft hyphen,
     * zero-width joiner) dropped, lower case (ROOT), apostrophes and the modifier letters transliteration uses for
     * them (' ’ ʼ ʹ ʺ ` ′) removed, letters without a decomposition mapped (ł→l, ø→o, ß→ss, ı→i…), every other
     * character that is not a letter or digit a space, spaces collapsed and trimmed.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                    || isApostrophe(cp)) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (space && !folded.isEmpty()) {
                    folded.append(' ');
                }
                space = false;
                appendLowerCase(folded, cp);
            } else {
                space = true;
            }
        }
        return folded.toString();
    }

    /**
     * Makes transliteration variants of a folded spelling meet: in Latin letters, every run of i, y and j becomes a
     * single y, and a doubled letter becomes one. Digits and other scripts are left as they are, but for doubled
     * letters.
     */
    public static String skeleton(String folded) {
        StringBuilder skeleton = new StringBuilder(folded.length());
        int previous = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            int c = cp == 'i' || cp == 'j' ? 'y' : cp;
            if (c == previous && Character.isLetter(c)) {
                continue;
            }
            skeleton.appendCodePoint(c);
            previous = c;
        }
        return skeleton.toString();
    }

    /** The keys of one word. A word with nothing but punctuation has empty keys. */
    public static TokenKeys ofWord(String word) {
        String folded = foldWord(word);
        if (folded.isEmpty()) {
            return new TokenKeys(word, "", List.of(), Set.of());
        }
        List<String> spellings = new ArrayList<>(3);
        if (Transliterations.hasLettersOutsideLatin(folded)) {
            // Transliterate the word as written (lower case), not the folded form: й and ї must keep their marks.
            String lower = word.toLowerCase(Locale.ROOT);
            for (String spelling : Transliterations.spell(lower, Transliterations.hasCyrillicLetters(lower))) {
                spellings.add(fold(spelling).replace(" ", ""));
            }
        } else {
            spellings.add(folded);
        }
        Set<String> skeletons = new LinkedHashSet<>();
        for (String spelling : spellings) {
            skeletons.add(skeleton(spelling));
        }
        return new TokenKeys(word, folded, spellings, skeletons);
    }

    /** {@link #fold} for one word: what punctuation was inside it ("U.S.", "12,000") is dropped, not a space. */
    static String foldWord(String word) {
        return fold(word).replace(" ", "");
    }

    /** The keys of each word of a name, in order, leaving out words that are only punctuation. */
    public static List<TokenKeys> ofWords(String name) {
        List<TokenKeys> keys = new ArrayList<>();
        for (Words.Word word : Words.of(name)) {
            TokenKeys wordKeys = ofWord(word.text());
            if (!wordKeys.isEmpty()) {
                keys.add(wordKeys);
            }
        }
        return keys;
    }

    /**
     * The keys of a whole name, words joined by one space: its folded form, each spelling (the same system for
     * every word) and the skeleton of each. "Володимир Зеленський" has, among others, "volodymyr zelenskyy",
     * "volodimir zelenskiy" and the skeleton "volodymyr zelensky", which is also the skeleton of "Volodymyr
     * Zelenskyy".
     */
    public static Set<String> of(String name) {
        return of(ofWords(name));
    }

    static Set<String> of(List<TokenKeys> words) {
        Set<String> keys = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return keys;
        }
        keys.add(join(words, -1));
        int systems = words.stream().mapToInt(w -> w.spellings().size()).max().orElse(1);
        for (int system = 0; system < systems; system++) {
            String spelling = join(words, system);
            keys.add(spelling);
            keys.add(skeleton(spelling));
        }
        return keys;
    }

    /** The words joined by spaces: their folded forms for system -1, else each word's spelling in that system. */
    private static String join(List<TokenKeys> words, int system) {
        StringBuilder joined = new StringBuilder();
        for (TokenKeys word : words) {
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            List<String> spellings = word.spellings();
            joined.append(system < 0 ? word.folded() : spellings.get(Math.min(system, spellings.size() - 1)));
        }
        return joined.toString();
    }

    /** ' ’ ` ′ and the spacing modifier letters (ʹ ʺ ʻ ʼ ʾ ʿ …) that stand for apostrophes, hard and soft signs. */
    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '`' || cp == '\u2032' || (cp >= 0x02B9 && cp <= 0x02FF);
    }

    private static void appendLowerCase(StringBuilder folded, int cp) {
        int lower = Character.toLowerCase(cp);
        switch (lower) {
            case 'ł' -> folded.append('l');
            case 'ø' -> folded.append('o');
            case 'đ', 'ð' -> folded.append('d');
            case 'ħ' -> folded.append('h');
            case 'ŧ' -> folded.append('t');
            case 'ı' -> folded.append('i');
            case 'ß' -> folded.append("ss");
            case 'æ' -> folded.append("ae");
            case 'œ' -> folded.append("oe");
            case 'þ' -> folded.append("th");
            case 'ς' -> folded.append('σ');
            default -> folded.appendCodePoint(lower);
        }
    }
}
