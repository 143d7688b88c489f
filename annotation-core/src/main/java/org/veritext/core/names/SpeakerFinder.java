package org.veritext.core.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a sentence says is speaking. Patterns, on the names in the sentence (the catalog's known spans first, then
 * name candidates with a type, then those without):
 *
 * <ul>
 *   <li>"X said …", "…, X said", "X told reporters", "X claimed/urged/warned/denied …": a name, then a reporting
 *       verb, with only adverbs or auxiliaries between ("Umerov also said") or an aside between commas
 *       ("Medinsky, who heads the Russian team, said");</li>
 *   <li>"…,” said X" and "…, said X": the verb right after a comma, a closing quotation mark or a dash, then the
 *       name, possibly after its title ("said Defence Minister Rustem Umerov");</li>
 *   <li>"according to X".</li>
 * </ul>
 *
 * A name joined to another by "and" ("Russia and Ukraine said") speaks jointly and is not proposed; pronouns ("he
 * said") are not resolved. When several names fit, a known actor wins over a candidate, then the earliest.
 */
final class SpeakerFinder {

    /** Verbs that put the speaker after them: "…,” said Umerov". */
    private static final Set<String> INVERTED_VERBS = CommonWords.words("said says added wrote noted asked");
    /** Words allowed between a speaker and the verb: "Umerov also said", "Moscow has repeatedly denied". */
    private static final Set<String> BETWEEN = CommonWords.words("""
            also has have had again later previously repeatedly then yesterday today earlier publicly reportedly
            separately once never not on monday tuesday wednesday thursday friday saturday sunday in a statement""");
    /** ", who heads the Russian team," — an aside between commas, without a sentence or quote boundary in it. */
    private static final Pattern ASIDE = Pattern.compile("^\\s*,[^,.;:!?\"“”«»]{1,160},");
    private static final Pattern JOINED_BY_AND = Pattern.compile("(?:\\band|&)\\s+$");

    private SpeakerFinder() {
    }

    /** A name in the sentence, with how much it is trusted as a speaker (higher is better). */
    private record Name(int start, int end, int trust) {
    }

    private record Found(Name name, int verbAt) {
    }

    static Speaker find(CheckWorthySentences.SentenceText sentence) {
        List<Name> names = names(sentence);
        List<Found> found = new ArrayList<>();
        List<Words.Word> words = sentence.words();
        for (int v = 0; v < words.size(); v++) {
            String verb = sentence.folded(v);
            boolean according = verb.equals("according") && v + 1 < words.size() && sentence.folded(v + 1).equals("to");
            if (!according && !CheckWorthySentences.REPORTING_VERBS.contains(verb)) {
                continue;
            }
            int verbStart = words.get(v).start();
            int verbEnd = words.get(according ? v + 1 : v).end();
            for (Name name : names) {
                boolean before = !according && name.end() <= verbStart
                        && isSubjectGap(sentence.text().substring(name.end(), verbStart))
                        && !isJoinedToAnother(sentence, name, names);
                boolean after = name.start() >= verbEnd && (according || INVERTED_VERBS.contains(verb)
                        && isAfterPunctuation(sentence, verbStart))
                        && isTitleGap(sentence.text().substring(verbEnd, name.start()));
                if (before || after) {
                    found.add(new Found(name, verbStart));
                }
            }
        }
        return found.stream()
                .min(Comparator.comparingInt((Found f) -> -f.name().trust()).thenComparingInt(Found::verbAt))
                .map(f -> new Speaker(f.name().start(), f.name().end(),
                        sentence.text().substring(f.name().start(), f.name().end())))
                .orElse(null);
    }

    private static List<Name> names(CheckWorthySentences.SentenceText sentence) {
        List<Name> names = new ArrayList<>();
        for (NameMatch<?> match : sentence.known()) {
            names.add(new Name(match.start(), match.end(), 2));
        }
        for (NameCandidate candidate : sentence.candidates()) {
            names.add(new Name(candidate.start(), candidate.end(), candidate.guessedType() != null ? 1 : 0));
        }
        return names;
    }

    /** Between a subject and its verb: nothing, adverbs and auxiliaries, or an aside between commas. */
    static boolean isSubjectGap(String gap) {
        String rest = gap;
        var aside = ASIDE.matcher(rest);
        if (aside.find()) {
            rest = rest.substring(aside.end());
        }
        if (rest.isBlank()) {
            return true;
        }
        for (String word : rest.strip().split("\\s+")) {
            if (!BETWEEN.contains(NameKeys.foldWord(word))) {
                return false;
            }
        }
        return true;
    }

    /** Between "said" and the speaker: nothing, or a title ("said Defence Minister Rustem Umerov"). */
    private static boolean isTitleGap(String gap) {
        if (gap.isBlank()) {
            return true;
        }
        for (String word : gap.strip().split("\\s+")) {
            String folded = NameKeys.foldWord(word);
            if (!NameCues.PERSON_TITLES.contains(folded) && !NameCues.TITLE_MODIFIERS.contains(folded)
                    && !Gazetteer.isAdjective(folded) && !folded.equals("the")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAfterPunctuation(CheckWorthySentences.SentenceText sentence, int verbStart) {
        String before = sentence.text().substring(sentence.sentence().start(), verbStart).stripTrailing();
        return !before.isEmpty() && ",”\"’»—–-".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** "Russia and Ukraine said": the name after "and" speaks with the one before it. */
    private static boolean isJoinedToAnother(CheckWorthySentences.SentenceText sentence, Name name, List<Name> names) {
        String before = sentence.text().substring(sentence.sentence().start(), name.start());
        var and = JOINED_BY_AND.matcher(before);
        if (!and.find()) {
            return false;
        }
        int andStart = sentence.sentence().start() + and.start();
        return names.stream().anyMatch(other -> other != name
                && sentence.text().substring(other.end(), andStart).isBlank() && other.end() <= andStart);
    }
}
