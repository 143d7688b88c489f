package org.veritext.core.names;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys of one word of a name or a text.
 *
 * @param word      the word as written
 * @param folded    {@link NameKeys#fold folded}, with what punctuation was inside the word ("U.S.") removed
 * @param spellings the word in Latin letters, folded: the folded word itself for Latin text; for Cyrillic, the
 *                  Ukrainian BGN, Russian BGN and generic transliterations in that order; for other scripts, the
 *                  generic one
 * @param skeletons the {@link NameKeys#skeleton skeleton} of each spelling, without repeats: what the dictionary
 *                  matches on
 */
public record TokenKeys(String word, String folded, List<String> spellings, Set<String> skeletons) {

    public TokenKeys {
        spellings = List.copyOf(spellings);
        skeletons = Set.copyOf(skeletons);
    }

    /** Every key of the word: its folded form, its spellings and their skeletons; none for punctuation. */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        if (isEmpty()) {
            return all;
        }
        all.add(folded);
        all.addAll(spellings);
        all.addAll(skeletons);
        return all;
    }

    boolean isEmpty() {
        return folded.isEmpty();
    }
}
