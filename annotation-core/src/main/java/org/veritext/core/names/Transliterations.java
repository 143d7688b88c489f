package org.veritext.core.names;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latin spellings of a word in another script, by ICU transliteration.
 *
 * <p>The transliterators are built once, on first use: the first one loads ICU's data (about a second). An ICU
 * {@link Transliterator} is not documented as thread-safe, so each is shared under its own lock. Measured on our two
 * busy shared cores (NameDictionaryBenchmark, new words only, two runs): two threads sharing the locked instances
 * spelled 15,500–16,000 Cyrillic words a second in the three systems, two threads with an instance each
 * 11,000–20,000, one thread 8,000–12,000: no difference the noise does not swallow. ICU's rule-based
 * transliterators already lock their rule data, which every instance of one system shares; and transliteration is
 * rare anyway, because the spellings of each word are kept in a bounded cache (names and article words repeat). So
 * the simplest safe choice stays.
 *
 * <p>Each BGN system is applied alone and followed by {@code Any-Latin} only if letters of another script are left;
 * {@link NameKeys#fold} then does what {@code Latin-ASCII} would (drop accents, ʹ and ʺ). A compound ID such as
 * "Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII" gives the same spellings but took about three times as long per word
 * (15 µs against 4.4 µs for the BGN system alone).
 */
final class Transliterations {

    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private Transliterations() {
    }

    /**
     * The spellings of a lower-case word in a script other than Latin: for Cyrillic the Ukrainian BGN, Russian BGN
     * and generic transliterations in that order (they differ: зеленський gives zelens'kyy, zelens'kiy, zelens'kij);
     * for other scripts the generic one. Not folded yet.
     */
    static List<String> spell(String lowerCaseWord, boolean cyrillic) {
        List<String> cached = CACHE.get(lowerCaseWord);
        if (cached != null) {
            return cached;
        }
        List<String> spellings = cyrillic
                ? List.of(toLatin(Systems.UKRAINIAN, lowerCaseWord), toLatin(Systems.RUSSIAN, lowerCaseWord),
                        run(Systems.ANY, lowerCaseWord))
                : List.of(run(Systems.ANY, lowerCaseWord));
        if (CACHE.size() >= CACHE_LIMIT) {
            // Crude but bounded: an article or a catalog rebuild refills what it needs.
            CACHE.clear();
        }
        CACHE.put(lowerCaseWord, spellings);
        return spellings;
    }

    private static String toLatin(Transliterator system, String word) {
        String latin = run(system, word);
        return hasLettersOutsideLatin(latin) ? run(Systems.ANY, latin) : latin;
    }

    private static String run(Transliterator transliterator, String text) {
        synchronized (transliterator) {
            return transliterator.transliterate(text);
        }
    }

    static boolean hasLettersOutsideLatin(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) && !isLatinOrShared(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static boolean hasCyrillicLetters(String text) {
        return text.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }

    private static boolean isLatinOrShared(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                || script == Character.UnicodeScript.INHERITED;
    }

    /** Built on first use, by the class loader, which makes that thread-safe. */
    private static final class Systems {
        static final Transliterator UKRAINIAN = Transliterator.getInstance("Ukrainian-Latin/BGN");
        static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN");
        static final Transliterator ANY = Transliterator.getInstance("Any-Latin");
    }
}
