package org.veritext.core.names;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Ordinary words that are not names even when they are capitalised, and words that are never part of one. */
final class CommonWords {

    /**
     * Function words (English, Ukrainian, Russian) and a few modal verbs, folded. A catalog name made only of them,
     * or of single letters, matches only as written ("The Who" but not "the who"); a sentence that starts with one
     * does not start with a name.
     */
    private static final Set<String> FUNCTION_WORDS = words("""
            a an the of in on at to for from by with without about into over under after before since until during
            between against among through and or but nor so yet if as than that this these those there here it its
            he she him her his hers they them their we us our you your i me my who whom whose what which when where
            why how is are was were be been being am do does did have has had may might can could will would shall
            should must not no yes all any some each every both either neither other such only also just one new up
            out off down now then very
            і и й та в у на з із зі до від для про по під над що як але чи не це він вона вони ми ви я його її їх
            с со из от о об за что как но или ли это он она они мы вы его ее их а""");

    /** Words that open a sentence without naming anyone: the name, if any, starts after them. */
    private static final Set<String> SENTENCE_OPENERS = words("""
            after again although because before despite during earlier even finally first however instead last
            later meanwhile moreover most many much next once others still today tomorrow yesterday tonight while
            whether unlike upon few several another according asked speaking separately similarly nevertheless
            nonetheless therefore thus indeed overnight officials people critics analysts experts sources residents
            witnesses angry many""");

    private static final Set<String> MONTHS_AND_DAYS = words("""
            january february march april may june july august september october november december jan feb mar apr
            jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""");

    private CommonWords() {
    }

    static boolean isFunctionWord(String folded) {
        return FUNCTION_WORDS.contains(folded);
    }

    static boolean isSentenceOpener(String folded) {
        return FUNCTION_WORDS.contains(folded) || SENTENCE_OPENERS.contains(folded);
    }

    static boolean isMonthOrDay(String folded) {
        return MONTHS_AND_DAYS.contains(folded);
    }

    /** The words of a text block, split at white space and folded as a word is for lookups; repeats are harmless. */
    static Set<String> words(String block) {
        return Arrays.stream(block.strip().split("\\s+"))
                .map(NameKeys::foldWord)
                .collect(Collectors.toUnmodifiableSet());
    }
}
