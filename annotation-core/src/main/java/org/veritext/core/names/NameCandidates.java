package org.veritext.core.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veritext.core.actor.ActorType;

/**
 * Names in a text that are not in the catalog yet: sequences of capitalised words (Latin, Cyrillic or any cased
 * script), with the type of actor guessed from cues.
 *
 * <ul>
 *   <li>A title or role before a name is its cue, not part of it: "Turkish President Recep Tayyip Erdoğan" gives
 *       "Recep Tayyip Erdoğan", a person, cue "President"; so do "Mr", "Defence Minister", and lower-case roles
 *       ("Kremlin aide Vladimir Medinsky").</li>
 *   <li>Organisations by their words ("Ministry", "Council", "Forces", "Kremlin"…), groups ("Group", "Brigade"…),
 *       media outlets by their last word ("… News", "… Times", "… Post") or a neighbour ("the Ukrinform news
 *       agency"), and all three from a list of well-known names (Reuters, NATO, Wagner…).</li>
 *   <li>Countries from a list of countries, with capitals standing for their governments ("Moscow says"); country
 *       adjectives ("Turkish") are cues, never names.</li>
 *   <li>Skipped: ordinary words that open a sentence ("The", "But", "Yesterday"), months and weekdays, a lone
 *       capitalised word at the start of a sentence that is nowhere else capitalised ("Angry war bloggers…"), and
 *       anything overlapping a known span (the catalog's matches).</li>
 *   <li>A name without a cue takes the type of the same name, or of a person with that surname, found elsewhere
 *       in the text: "Umerov said" after "Defence Minister Rustem Umerov".</li>
 * </ul>
 */
public final class NameCandidates {

    /** Lower-case words that may join two capitalised ones inside a name: "Ministry of Defence", "von der Leyen". */
    private static final Set<String> ORGANISATION_CONNECTORS = CommonWords.words("of for and on the");
    private static final Set<String> NAME_PARTICLES = CommonWords.words(
            "de da di del van von der den al el bin ibn la le du dos das");
    /** Words that open a name without being part of it: "Western Nato", "Former Soviet Union". */
    private static final Set<String> QUALIFIERS = CommonWords.words(
            "western eastern northern southern central former pro anti so called");
    private static final int MAX_CONNECTORS = 2;
    private static final int MAX_LOWER_CASE_IN_CYRILLIC_ORGANISATION = 2;

    private NameCandidates() {
    }

    public static List<NameCandidate> findIn(String text) {
        return findIn(text, List.of());
    }

    /** The candidates in text order, leaving out any that overlaps one of the {@code known} spans. */
    public static List<NameCandidate> findIn(String text, Collection<? extends NameMatch<?>> known) {
        Reading reading = new Reading(text);
        List<Part> parts = new ArrayList<>();
        for (int[] run : reading.runs()) {
            parts.addAll(reading.parse(run[0], run[1]));
        }
        parts.removeIf(part -> !reading.isCredible(part));
        takeTypesFromElsewhere(parts, reading);
        List<NameCandidate> candidates = new ArrayList<>();
        for (Part part : parts) {
            int start = reading.words.get(part.first).start();
            int end = reading.words.get(part.last).end();
            if (known.stream().noneMatch(match -> match.overlaps(start, end))) {
                candidates.add(new NameCandidate(start, end, text.substring(start, end), part.type, part.cue));
            }
        }
        return candidates;
    }

    /** Untyped names take the type of the same name, or of a person's surname, that has a cue elsewhere. */
    private static void takeTypesFromElsewhere(List<Part> parts, Reading reading) {
        Map<String, Part> typedByName = new HashMap<>();
        Map<String, Part> personBySurname = new HashMap<>();
        for (Part part : parts) {
            if (part.type != null) {
                typedByName.putIfAbsent(reading.key(part), part);
                if (part.type == ActorType.PERSON && part.last > part.first) {
                    personBySurname.putIfAbsent(reading.folded[part.last], part);
                }
            }
        }
        for (Part part : parts) {
            if (part.type == null) {
                Part typed = typedByName.get(reading.key(part));
                if (typed == null && part.first == part.last) {
                    typed = personBySurname.get(reading.folded[part.first]);
                }
                if (typed != null) {
                    part.type = typed.type;
                    part.cue = "same as “" + reading.nameOf(typed) + "”";
                }
            }
        }
    }

    /** A stretch of words taken as one name, with its guessed type and cue. */
    private static final class Part {
        final int first;
        final int last;
        ActorType type;
        String cue;

        Part(int first, int last, ActorType type, String cue) {
            this.first = first;
            this.last = last;
            this.type = type;
            this.cue = cue;
        }
    }

    /** One text, cut into words, with what the rules ask of each word. */
    private static final class Reading {
        final String text;
        final List<Words.Word> words;
        final String[] folded;
        final boolean[] sentenceInitial;
        final Set<String> capitalisedInsideSentences = new HashSet<>();

        Reading(String text) {
            this.text = text;
            this.words = Words.of(text);
            this.folded = new String[words.size()];
            this.sentenceInitial = new boolean[words.size()];
            List<Sentences.Sentence> sentences = Sentences.of(text);
            int sentence = 0;
            int previousSentence = -1;
            for (int i = 0; i < words.size(); i++) {
                Words.Word word = words.get(i);
                folded[i] = NameKeys.foldWord(word.text());
                while (sentence + 1 < sentences.size() && sentences.get(sentence).end() <= word.start()) {
                    sentence++;
                }
                sentenceInitial[i] = sentence != previousSentence;
                previousSentence = sentence;
                if (!sentenceInitial[i] && word.capitalised()) {
                    capitalisedInsideSentences.add(folded[i]);
                }
            }
        }

        /** Maximal stretches of capitalised words that can belong to one name, as [first, last] word indexes. */
        List<int[]> runs() {
            List<int[]> runs = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (!isNameWord(i)) {
                    continue;
                }
                int last = i;
                boolean organisation = isOrganisationWord(i);
                while (last + 1 < words.size() && !words.get(last).possessive() && joins(last)) {
                    int next = nextNameWord(last, organisation);
                    if (next < 0) {
                        break;
                    }
                    last = next;
                    organisation |= isOrganisationWord(last);
                }
                runs.add(new int[] {i, last});
                i = last;
            }
            return runs;
        }

        /** The next word of a name that has reached word {@code last}, or -1 if the name ends there. */
        private int nextNameWord(int last, boolean organisation) {
            if (isNameWord(last + 1)) {
                return last + 1;
            }
            // Lower-case connectors: "Ministry of the Interior", "Ursula von der Leyen".
            int k = last + 1;
            int connectors = 0;
            while (k < words.size() && connectors < MAX_CONNECTORS && isConnector(k, organisation)) {
                // "… Red Cross and the Armed Forces …" are two names; "Security and Co-operation" is one.
                if (k + 1 >= words.size() || !joins(k) || folded[k].equals("and") && !isNameWord(k + 1)) {
                    return -1;
                }
                k++;
                connectors++;
            }
            if (connectors > 0 && isNameWord(k)) {
                return k;
            }
            // Ukrainian and Russian capitalise only the first word of an organisation: "Міністерство оборони України".
            if (organisation && isCyrillic(last)) {
                k = last + 1;
                for (int lower = 0; lower < MAX_LOWER_CASE_IN_CYRILLIC_ORGANISATION && k < words.size(); lower++) {
                    if (!isCyrillic(k) || words.get(k).capitalised() || k + 1 >= words.size() || !joins(k)) {
                        return -1;
                    }
                    k++;
                    if (isNameWord(k)) {
                        return k;
                    }
                }
            }
            return -1;
        }

        /** The names in a run: a person after a title, what comes before the title, or the whole run. */
        List<Part> parse(int first, int last) {
            while (first <= last && !isAcronym(first) && (CommonWords.isFunctionWord(folded[first])
                    || sentenceInitial[first] && CommonWords.isSentenceOpener(folded[first]) && !isTitle(first))) {
                first++;
            }
            if (first > last) {
                return List.of();
            }
            // The name after the last title or title-like word: "Deputy Prime Minister Olha Stefanishyna".
            int nameStart = last + 1;
            while (nameStart - 1 >= first && !isTitle(nameStart - 1) && !isModifier(nameStart - 1)) {
                nameStart--;
            }
            List<Part> parts = new ArrayList<>();
            boolean personAfterTitle = nameStart > first && nameStart <= last && isTitle(nameStart - 1)
                    && !hasKindWord(nameStart, last);
            if (!personAfterTitle) {
                int end = last;
                while (end >= first && (isTitle(end) || isModifier(end))) {
                    end--;
                }
                if (end >= first) {
                    addIfName(parts, classify(first, end));
                }
                return parts;
            }
            int titleEnd = nameStart - 1;
            int titleStart = titleEnd;
            while (titleStart - 1 >= first && isTitle(titleStart - 1)) {
                titleStart--;
            }
            int before = titleStart - 1;
            while (before >= first && (isTitle(before) || isModifier(before) || isAdjective(before))) {
                before--;
            }
            if (before >= first) {
                addIfName(parts, classify(first, before));
            }
            parts.add(new Part(nameStart, last, ActorType.PERSON, phrase(titleStart, titleEnd)));
            return parts;
        }

        private static void addIfName(List<Part> parts, Part part) {
            if (part != null) {
                parts.add(part);
            }
        }

        /** What kind of name words {@code first}..{@code last} are, or null if they are not a name at all. */
        private Part classify(int first, int last) {
            Gazetteer.Kind known = Gazetteer.kindOf(key(first, last));
            if (known != null) {
                return switch (known) {
                    case ADJECTIVE -> null;
                    case COUNTRY -> new Part(first, last, ActorType.COUNTRY, "country");
                    case CAPITAL -> new Part(first, last, ActorType.COUNTRY, "capital city");
                    case ORGANISATION -> new Part(first, last, ActorType.ORGANISATION, "known organisation");
                    case GROUP -> new Part(first, last, ActorType.GROUP, "known group");
                    case MEDIA_OUTLET -> new Part(first, last, ActorType.MEDIA_OUTLET, "known media outlet");
                };
            }
            if (NameCues.MEDIA_WORDS.contains(folded[last])) {
                return new Part(first, last, ActorType.MEDIA_OUTLET, words.get(last).text());
            }
            for (int k = first; k <= last; k++) {
                if (NameCues.GROUP_WORDS.contains(folded[k])) {
                    return new Part(first, last, ActorType.GROUP, words.get(k).text());
                }
            }
            for (int k = first; k <= last; k++) {
                if (isOrganisationWord(k)) {
                    return new Part(first, last, ActorType.ORGANISATION, words.get(k).text());
                }
            }
            int start = first;
            while (start <= last && (isAdjective(start) || QUALIFIERS.contains(folded[start]) || isModifier(start))) {
                start++;
            }
            if (start > last) {
                return null;
            }
            if (start > first) {
                return classify(start, last);
            }
            return byNeighbours(first, last);
        }

        /** A lower-case word just before or after a name: "aide Vladimir Medinsky", "the Wagner group". */
        private Part byNeighbours(int first, int last) {
            int before = first - 1;
            if (before >= 0 && joins(before) && !words.get(before).capitalised()) {
                if (isTitle(before)) {
                    return new Part(first, last, ActorType.PERSON, words.get(before).text());
                }
                if (NameCues.MEDIA_NEIGHBOURS.contains(folded[before])) {
                    return new Part(first, last, ActorType.MEDIA_OUTLET, words.get(before).text());
                }
                if (NameCues.GROUP_WORDS.contains(folded[before])) {
                    return new Part(first, last, ActorType.GROUP, words.get(before).text());
                }
            }
            int after = last + 1;
            if (after < words.size() && joins(last) && !words.get(last).possessive()
                    && !words.get(after).capitalised()) {
                if (NameCues.MEDIA_NEIGHBOURS.contains(folded[after]) || folded[after].equals("news")) {
                    return new Part(first, last, ActorType.MEDIA_OUTLET, phraseAfter(after));
                }
                if (NameCues.GROUP_WORDS.contains(folded[after])) {
                    return new Part(first, last, ActorType.GROUP, words.get(after).text());
                }
            }
            return new Part(first, last, null, null);
        }

        /** Whether a part is worth showing: not a lone capitalised word that only opens a sentence, not a letter. */
        boolean isCredible(Part part) {
            if (part.first == part.last) {
                String word = folded[part.first];
                if (word.codePointCount(0, word.length()) < 2 || CommonWords.isMonthOrDay(word)) {
                    return false;
                }
                return part.type != null || !sentenceInitial[part.first] || capitalisedInsideSentences.contains(word);
            }
            return true;
        }

        String key(Part part) {
            return key(part.first, part.last);
        }

        String nameOf(Part part) {
            return text.substring(words.get(part.first).start(), words.get(part.last).end());
        }

        private String key(int first, int last) {
            StringBuilder key = new StringBuilder();
            for (int k = first; k <= last; k++) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(folded[k]);
            }
            return key.toString();
        }

        /** "news agency" for "news" followed by "agency", else the word. */
        private String phraseAfter(int at) {
            if (at + 1 < words.size() && joins(at) && NameCues.MEDIA_NEIGHBOURS.contains(folded[at + 1])) {
                return phrase(at, at + 1);
            }
            return words.get(at).text();
        }

        private String phrase(int first, int last) {
            return text.substring(words.get(first).start(), words.get(last).end());
        }

        private boolean joins(int word) {
            return word + 1 < words.size() && Words.joinable(text, words.get(word), words.get(word + 1));
        }

        private boolean isNameWord(int k) {
            if (k >= words.size()) {
                return false;
            }
            Words.Word word = words.get(k);
            return word.capitalised() && word.hasLetters() && !CommonWords.isMonthOrDay(folded[k]);
        }

        /** "US", "WHO", "EU": capitals that spell an ordinary word are still a name. */
        private boolean isAcronym(int k) {
            return words.get(k).allCapitals() && folded[k].length() > 1;
        }

        private boolean isConnector(int k, boolean organisation) {
            return !words.get(k).capitalised()
                    && (NAME_PARTICLES.contains(folded[k]) || organisation && ORGANISATION_CONNECTORS.contains(folded[k]));
        }

        private boolean isTitle(int k) {
            return NameCues.PERSON_TITLES.contains(folded[k]);
        }

        private boolean isModifier(int k) {
            return NameCues.TITLE_MODIFIERS.contains(folded[k]);
        }

        private boolean isAdjective(int k) {
            return Gazetteer.isAdjective(folded[k]);
        }

        private boolean isOrganisationWord(int k) {
            return NameCues.ORGANISATION_WORDS.contains(folded[k]);
        }

        private boolean hasKindWord(int first, int last) {
            for (int k = first; k <= last; k++) {
                if (isOrganisationWord(k) || NameCues.GROUP_WORDS.contains(folded[k])) {
                    return true;
                }
            }
            return NameCues.MEDIA_WORDS.contains(folded[last]);
        }

        private boolean isCyrillic(int k) {
            return Transliterations.hasCyrillicLetters(words.get(k).text());
        }
    }
}
