package org.veritext.core.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Ranks the sentences of a text by how much they look like a checkable claim, with a transparent score: each
 * feature found adds its weight and a reason the fact-checker sees.
 *
 * <table>
 *   <caption>Features and weights</caption>
 *   <tr><th>feature</th><th>weight</th><th>reason shown</th></tr>
 *   <tr><td>a number or quantity (digits, "%", number words such as "two" or "thousands")</td>
 *       <td>2.0, +0.5 for each further number, up to +1.0</td><td>"a number: 6,000", "numbers: 1,000 and 15"</td></tr>
 *   <tr><td>a date (a year, or a month with a day or year)</td><td>0.5</td><td>"a date: March 2022"</td></tr>
 *   <tr><td>a reporting verb (said, claimed, urged, warned, denied, according to…)</td><td>1.5</td>
 *       <td>"reporting verb: said"</td></tr>
 *   <tr><td>a quotation of two words or more</td><td>1.5</td><td>"quotation"</td></tr>
 *   <tr><td>a comparison or trend (than, more, largest, doubled, fell…)</td><td>1.0</td>
 *       <td>"comparison: largest"</td></tr>
 *   <tr><td>named actors: the known spans and the typed name candidates in it</td><td>0.5 each, up to 1.5</td>
 *       <td>"names 2 actors"</td></tr>
 * </table>
 *
 * Sentences with no feature are left out; the rest come highest score first, then in text order. The speaker is the
 * name the sentence attributes its words to: "…, X said", "X said …", "…,” said X", "according to X", "X told
 * reporters", "X claimed/urged/warned/denied …", preferring a known actor's span over a name candidate; none for
 * pronouns ("he said") or joint subjects ("Russia and Ukraine said").
 */
public final class CheckWorthySentences {

    static final double NUMBER = 2.0;
    static final double FURTHER_NUMBER = 0.5;
    static final int MAX_FURTHER_NUMBERS = 2;
    static final double DATE = 0.5;
    static final double REPORTING_VERB = 1.5;
    static final double QUOTATION = 1.5;
    static final double COMPARISON = 1.0;
    static final double ACTOR = 0.5;
    static final int MAX_ACTORS = 3;

    static final Set<String> REPORTING_VERBS = CommonWords.words("""
            said says say told tells claimed claims urged urges warned warns denied denies stated states announced
            announces added adds insisted insists alleged alleges argued argues accused accuses confirmed confirms
            wrote writes reported reports noted notes stressed stresses declared declares replied replies
            described describes admitted admits promised promises vowed vows pledged pledges estimated estimates
            acknowledged acknowledges suggested suggests""");
    private static final Set<String> NUMBER_WORDS = CommonWords.words("""
            two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
            eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
            trillion dozen dozens hundreds thousands millions billions half twice double triple percent""");
    private static final Set<String> COMPARISONS = CommonWords.words("""
            than more less fewer most least largest biggest highest lowest fastest slowest worst best greatest
            smallest longest shortest strongest weakest deadliest heaviest record doubled tripled halved compared
            rose fell increased decreased surged dropped grew declined soared plunged""");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Pattern DAY = Pattern.compile("[0-3]?\\d");
    /** A quotation of two words or more between paired marks; ’ closes only if no letter follows (not "Kyiv’s"). */
    private static final Pattern QUOTED = Pattern.compile(
            "“[^”]*\\s[^”]*”|«[^»]*\\s[^»]*»|„[^“”]*\\s[^“”]*[“”]|\"[^\"]*\\s[^\"]*\"|‘[^‘]*\\s[^‘]*?’(?!\\p{L})");

    private CheckWorthySentences() {
    }

    public static List<SentenceScore> rank(String text) {
        return rank(text, List.of());
    }

    /**
     * The check-worthy sentences, best first. {@code known} are the catalog's matches in the text (e.g. from
     * {@link NameDictionary#findIn}): they count as named actors and are preferred as speakers.
     */
    public static List<SentenceScore> rank(String text, Collection<? extends NameMatch<?>> known) {
        List<Words.Word> words = Words.of(text);
        String[] folded = new String[words.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = NameKeys.foldWord(words.get(i).text());
        }
        List<? extends NameMatch<?>> knownInOrder = known.stream()
                .sorted(Comparator.comparingInt(NameMatch::start)).toList();
        List<NameCandidate> candidates = NameCandidates.findIn(text, known);
        List<SentenceScore> scores = new ArrayList<>();
        int firstWord = 0;
        int firstKnown = 0;
        int firstCandidate = 0;
        for (Sentences.Sentence sentence : Sentences.of(text)) {
            while (firstWord < words.size() && words.get(firstWord).start() < sentence.start()) {
                firstWord++;
            }
            int lastWord = firstWord;
            while (lastWord < words.size() && words.get(lastWord).end() <= sentence.end()) {
                lastWord++;
            }
            firstKnown = firstAtOrAfter(knownInOrder, firstKnown, sentence.start(), NameMatch::start);
            int lastKnown = firstAtOrAfter(knownInOrder, firstKnown, sentence.end(), NameMatch::start);
            firstCandidate = firstAtOrAfter(candidates, firstCandidate, sentence.start(), NameCandidate::start);
            int lastCandidate = firstAtOrAfter(candidates, firstCandidate, sentence.end(), NameCandidate::start);
            SentenceText sentenceText = new SentenceText(text, sentence, words.subList(firstWord, lastWord),
                    Arrays.copyOfRange(folded, firstWord, lastWord),
                    knownInOrder.subList(firstKnown, lastKnown).stream().filter(m -> m.end() <= sentence.end())
                            .toList(),
                    candidates.subList(firstCandidate, lastCandidate).stream()
                            .filter(c -> c.end() <= sentence.end()).toList());
            SentenceScore score = score(sentenceText);
            if (score.score() > 0) {
                scores.add(score);
            }
            firstWord = lastWord;
        }
        scores.sort(Comparator.comparingDouble(SentenceScore::score).reversed()
                .thenComparingInt(SentenceScore::start));
        return scores;
    }

    /** The first index from {@code from} on whose item starts at or after {@code offset} (items sorted by start). */
    private static <E> int firstAtOrAfter(List<E> items, int from, int offset, ToIntFunction<? super E> start) {
        int i = from;
        while (i < items.size() && start.applyAsInt(items.get(i)) < offset) {
            i++;
        }
        return i;
    }

    /** One sentence with its words (and their folded forms) and the names in it. */
    record SentenceText(String text, Sentences.Sentence sentence, List<Words.Word> words, String[] foldedWords,
                        List<? extends NameMatch<?>> known, List<NameCandidate> candidates) {

        String folded(int word) {
            return foldedWords[word];
        }
    }

    private static SentenceScore score(SentenceText sentence) {
        List<String> reasons = new ArrayList<>();
        double score = numbersAndDates(sentence, reasons);
        String verb = firstOf(sentence, REPORTING_VERBS);
        if (verb == null && sentence.text().substring(sentence.sentence().start(), sentence.sentence().end())
                .toLowerCase(Locale.ROOT).contains("according to")) {
            verb = "according to";
        }
        if (verb != null) {
            score += REPORTING_VERB;
            reasons.add("reporting verb: " + verb);
        }
        if (hasQuotation(sentence.text().substring(sentence.sentence().start(), sentence.sentence().end()))) {
            score += QUOTATION;
            reasons.add("quotation");
        }
        String comparison = firstOf(sentence, COMPARISONS);
        if (comparison != null) {
            score += COMPARISON;
            reasons.add("comparison: " + comparison);
        }
        int actors = countActors(sentence);
        if (actors > 0) {
            score += ACTOR * Math.min(actors, MAX_ACTORS);
            reasons.add(actors == 1 ? "names 1 actor" : "names " + actors + " actors");
        }
        return new SentenceScore(sentence.sentence().start(), sentence.sentence().end(), score, reasons,
                SpeakerFinder.find(sentence));
    }

    private static double numbersAndDates(SentenceText sentence, List<String> reasons) {
        List<Words.Word> words = sentence.words();
        boolean[] inDate = datesIn(sentence);
        List<String> numbers = new ArrayList<>();
        String date = null;
        String text = sentence.text();
        for (int i = 0; i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (inDate[i]) {
                int last = i;
                while (last + 1 < words.size() && inDate[last + 1]) {
                    last++;
                }
                date = date != null ? date : text.substring(word.start(), words.get(last).end());
                i = last;
            } else if (word.text().chars().anyMatch(Character::isDigit)) {
                boolean percent = word.end() < text.length() && text.charAt(word.end()) == '%';
                numbers.add(percent ? word.text() + "%" : word.text());
            } else if (NUMBER_WORDS.contains(sentence.folded(i))) {
                numbers.add(word.text());
            }
        }
        double score = 0;
        if (!numbers.isEmpty()) {
            score += NUMBER + FURTHER_NUMBER * Math.min(numbers.size() - 1, MAX_FURTHER_NUMBERS);
            reasons.add(numbers.size() == 1 ? "a number: " + numbers.getFirst() : "numbers: " + listed(numbers));
        }
        if (date != null) {
            score += DATE;
            reasons.add("a date: " + date);
        }
        return score;
    }

    /** Words that belong to a date: a year alone, or a month with its day and year ("24 February 2022", "May 15"). */
    private static boolean[] datesIn(SentenceText sentence) {
        List<Words.Word> words = sentence.words();
        boolean[] inDate = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            if (YEAR.matcher(word).matches()) {
                inDate[i] = true;
            } else if (words.get(i).capitalised() && CommonWords.isMonthOrDay(sentence.folded(i))) {
                boolean dayBefore = i > 0 && DAY.matcher(words.get(i - 1).text()).matches();
                boolean dayOrYearAfter = i + 1 < words.size() && isDateNumber(words.get(i + 1).text());
                if (dayBefore || dayOrYearAfter) {
                    inDate[i] = true;
                    inDate[i - (dayBefore ? 1 : 0)] = true;
                    if (dayOrYearAfter) {
                        inDate[i + 1] = true;
                    }
                }
            }
        }
        return inDate;
    }

    private static boolean isDateNumber(String word) {
        return YEAR.matcher(word).matches() || DAY.matcher(word).matches();
    }

    /** "1,000 and 15", "12,000, 6,000 and 1,000", and "…" after three. */
    private static String listed(List<String> numbers) {
        List<String> shown = numbers.subList(0, Math.min(3, numbers.size()));
        String listed = shown.size() == 1 ? shown.getFirst()
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.getLast();
        return numbers.size() > 3 ? listed + " …" : listed;
    }

    private static String firstOf(SentenceText sentence, Set<String> words) {
        for (int i = 0; i < sentence.words().size(); i++) {
            if (words.contains(sentence.folded(i))) {
                return sentence.words().get(i).text();
            }
        }
        return null;
    }

    static boolean hasQuotation(String sentence) {
        if (QUOTED.matcher(sentence).find()) {
            return true;
        }
        // A quotation running over several sentences leaves a mark unpaired in each of them.
        long opening = sentence.chars().filter(c -> c == '“' || c == '«' || c == '„').count();
        long closing = sentence.chars().filter(c -> c == '”' || c == '»').count();
        long straight = sentence.chars().filter(c -> c == '"').count();
        return opening != closing || straight % 2 == 1;
    }

    /** Distinct actors named: the known spans (by owners) and the typed candidates (by name) that no span covers. */
    private static int countActors(SentenceText sentence) {
        Set<Object> actors = new LinkedHashSet<>();
        for (NameMatch<?> match : sentence.known()) {
            actors.add(match.owners());
        }
        for (NameCandidate candidate : sentence.candidates()) {
            if (candidate.guessedType() != null) {
                actors.add(NameKeys.fold(candidate.name()));
            }
        }
        return actors.size();
    }
}
