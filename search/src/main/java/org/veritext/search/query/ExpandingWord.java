package org.veritext.search.query;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.veritext.search.index.ClaimFields;

/**
 * The kinds of query word that stand for many index terms, each with what it becomes beyond the budget and how the
 * user is told, in the words of the search box's help.
 */
enum ExpandingWord {

    FUZZY {
        @Override
        Query beyondBudget(MultiTermQuery word) {
            return plain(((FuzzyQuery) word).getTerm());
        }

        @Override
        String shown(MultiTermQuery word) {
            FuzzyQuery fuzzy = (FuzzyQuery) word;
            return fuzzy.getTerm().text() + "~" + fuzzy.getMaxEdits();
        }

        @Override
        String overBudget(int words, int searched) {
            return english("Your search had %,d fuzzy words; only the first %,d were searched fuzzily, "
                    + "the others as plain words.", words, searched);
        }

        @Override
        String expansionsCut(List<String> shown, int expansions) {
            return english(shown.size() == 1
                    ? "%s is close to more than %,d words; only the %2$,d closest were searched."
                    : "%s are each close to more than %,d words; only the %2$,d closest to each were searched.",
                    quoted(shown), expansions);
        }
    },

    PREFIX {
        @Override
        Query beyondBudget(MultiTermQuery word) {
            return plain(((PrefixQuery) word).getPrefix());
        }

        @Override
        String shown(MultiTermQuery word) {
            return ((PrefixQuery) word).getPrefix().text() + "*";
        }

        @Override
        String overBudget(int words, int searched) {
            return english("Your search had %,d words ending in *; only the first %,d were searched as beginnings "
                    + "of words, the others as plain words.", words, searched);
        }

        @Override
        String expansionsCut(List<String> shown, int expansions) {
            return english(shown.size() == 1
                    ? "%s matches more than %,d words; only the first %2$,d in alphabetical order were searched."
                    : "%s each match more than %,d words; only the first %2$,d of each, in alphabetical order, "
                    + "were searched.", quoted(shown), expansions);
        }
    },

    /** Wildcards, regular expressions, ranges: not made by today's parser, but bounded all the same. */
    PATTERN {
        @Override
        Query beyondBudget(MultiTermQuery word) {
            return null; // a pattern has no plain word to fall back on
        }

        @Override
        String shown(MultiTermQuery word) {
            return word.toString(word.getField());
        }

        @Override
        String overBudget(int words, int searched) {
            return english("Your search had %,d patterns; only the first %,d were searched, the others were left out.",
                    words, searched);
        }

        @Override
        String expansionsCut(List<String> shown, int expansions) {
            return english(shown.size() == 1
                    ? "%s matches more than %,d words; only %2$,d of them were searched."
                    : "%s each match more than %,d words; only %2$,d of each were searched.",
                    quoted(shown), expansions);
        }
    };

    static ExpandingWord of(MultiTermQuery word) {
        return switch (word) {
            case FuzzyQuery fuzzy -> FUZZY;
            case PrefixQuery prefix -> PREFIX;
            default -> PATTERN;
        };
    }

    /** What a word over the budget is searched as instead: a plain word, or nothing (null). */
    abstract Query beyondBudget(MultiTermQuery word);

    /** The word as it was searched: the typed word folded to the index's form. */
    abstract String shown(MultiTermQuery word);

    /** The notice for {@code words} words of this kind in a field, of which only {@code searched} were expanded. */
    abstract String overBudget(int words, int searched);

    /** The notice for words that each matched more than {@code expansions} index terms. */
    abstract String expansionsCut(List<String> shown, int expansions);

    /**
     * The word as a plain word: in the field itself, not in its unstemmed twin where the expanding words are
     * matched, as the typed word is what the stemmed field holds for many words ("peac" for "peace").
     */
    private static Query plain(Term term) {
        return new TermQuery(new Term(ClaimFields.stemmed(term.field()), term.bytes()));
    }

    /** “a”, “b” and “c” */
    private static String quoted(List<String> words) {
        List<String> quoted = words.stream().map(word -> "\u201C" + word + "\u201D").toList();
        if (quoted.size() == 1) {
            return quoted.getFirst();
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.getLast();
    }

    /** Notices are English whatever the server's locale: 1,024, never 1.024. */
    private static String english(String pattern, Object... arguments) {
        return String.format(Locale.ENGLISH, pattern, arguments);
    }
}
