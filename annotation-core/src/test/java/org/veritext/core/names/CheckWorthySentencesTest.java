package org.veritext.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckWorthySentencesTest {

    private static final NameDictionary<String> CATALOG = new NameDictionary<>();

    static {
        CATALOG.put("umerov", List.of("Rustem Umerov", "Umerov"));
        CATALOG.put("medinsky", List.of("Vladimir Medinsky", "Medinsky"));
        CATALOG.put("peskov", List.of("Dmitry Peskov", "Peskov"));
        CATALOG.put("russia", List.of("Russia", "Moscow"));
        CATALOG.put("ukraine", List.of("Ukraine", "Kyiv"));
    }

    @Test
    void ranksTheClaimAboveOrdinarySentencesAndGivesTheReasons() {
        String text = "The weather in Geneva was mild.\n\n  The ministry said 4,500 people had been evacuated, more "
                + "than in any previous week.  \n\nDelegates arrived by train.";

        List<SentenceScore> ranked = CheckWorthySentences.rank(text);

        assertThat(ranked).hasSize(1);
        SentenceScore claim = ranked.getFirst();
        assertThat(text.substring(claim.start(), claim.end()))
                .isEqualTo("The ministry said 4,500 people had been evacuated, more than in any previous week.");
        assertThat(claim.reasons()).containsExactly("a number: 4,500", "reporting verb: said", "comparison: more");
        assertThat(claim.score()).isEqualTo(CheckWorthySentences.NUMBER + CheckWorthySentences.REPORTING_VERB
                + CheckWorthySentences.COMPARISON);
        assertThat(claim.speaker()).isNull();
    }

    @Test
    void highestScoreFirstThenTextOrder() {
        String text = "Peskov denied it. Umerov said 300 soldiers and 40 civilians were freed, the largest swap so "
                + "far. Medinsky denied it.";

        List<SentenceScore> ranked = CheckWorthySentences.rank(text, CATALOG.findIn(text));

        assertThat(ranked).extracting(s -> text.substring(s.start(), s.end())).containsExactly(
                "Umerov said 300 soldiers and 40 civilians were freed, the largest swap so far.",
                "Peskov denied it.",
                "Medinsky denied it.");
        assertThat(ranked.getFirst().reasons()).containsExactly("numbers: 300 and 40", "reporting verb: said",
                "comparison: largest", "names 1 actor");
    }

    @Test
    void numbersPercentagesNumberWordsAndDates() {
        assertThat(reasonsOf("Prices rose 12% after thousands fled on 24 February 2022."))
                .containsExactly("numbers: 12% and thousands", "a date: 24 February 2022", "comparison: rose");
        assertThat(reasonsOf("The first round was held on May 15, 2025 in the palace."))
                .containsExactly("a date: May 15, 2025");
    }

    @Test
    void quotationsOfTwoWordsOrMoreButNotApostrophesOrScareQuotes() {
        assertThat(CheckWorthySentences.hasQuotation("“We will not give up our land,” he said.")).isTrue();
        assertThat(CheckWorthySentences.hasQuotation("He called it «an ultimatum, not a plan».")).isTrue();
        assertThat(CheckWorthySentences.hasQuotation("She spoke of a ‘specific ceasefire of two days’ then.")).isTrue();
        assertThat(CheckWorthySentences.hasQuotation("“We are ready.")).as("a quotation going on").isTrue();
        assertThat(CheckWorthySentences.hasQuotation("The so-called ‘referendum’ was held.")).isFalse();
        assertThat(CheckWorthySentences.hasQuotation("Kyiv’s delegation and Russia’s left.")).isFalse();
    }

    @Test
    void namedActorsCountKnownSpansAndTypedCandidates() {
        String text = "Umerov met Turkish Foreign Minister Hakan Fidan and officials from Moscow in the palace.";

        assertThat(CheckWorthySentences.rank(text, CATALOG.findIn(text)).getFirst().reasons())
                .containsExactly("names 3 actors");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The exchange will happen next week, Umerov said.|Umerov",
            "Umerov said the exchange would happen next week.|Umerov",
            "Umerov also said the list was ready.|Umerov",
            "“We are ready,” said Umerov.|Umerov",
            "According to Umerov, the buses are ready.|Umerov",
            "Umerov told reporters the list was ready.|Umerov",
            "Medinsky, who heads the Russian team, claimed the memorandum was final.|Medinsky",
            "Peskov denied any link to the strike.|Peskov",
            "Moscow has repeatedly warned against it.|Moscow",
            "“It was a good day,” said Defence Minister Rustem Umerov.|Rustem Umerov",
            "He said the list was ready.|",
            "Russia and Ukraine said they had agreed.|",
            "Angry bloggers urged Moscow to retaliate.|"})
    void proposesTheSpeakerTheSentenceNames(String sentence, String speaker) {
        SentenceScore score = CheckWorthySentences.rank(sentence, CATALOG.findIn(sentence)).getFirst();

        if (speaker == null) {
            assertThat(score.speaker()).isNull();
        } else {
            assertThat(score.speaker().name()).isEqualTo(speaker);
            assertThat(sentence.substring(score.speaker().start(), score.speaker().end())).isEqualTo(speaker);
        }
    }

    @Test
    void aSpeakerCanBeANameCandidateWithATitle() {
        String text = "Turkish Foreign Minister Hakan Fidan said 1,200 prisoners would be exchanged.";

        assertThat(CheckWorthySentences.rank(text).getFirst().speaker())
                .isEqualTo(new Speaker(text.indexOf("Hakan"), text.indexOf(" said"), "Hakan Fidan"));
    }

    @Test
    void prefersAKnownActorAsSpeaker() {
        String text = "According to Reuters, Umerov said the list of 1,200 names was ready.";

        assertThat(CheckWorthySentences.rank(text, CATALOG.findIn(text)).getFirst().speaker().name())
                .isEqualTo("Umerov");
        assertThat(CheckWorthySentences.rank(text).getFirst().speaker().name())
                .as("without a catalog, the typed candidate").isEqualTo("Reuters");
    }

    @Test
    void anAbbreviatedTitleDoesNotEndTheSentence() {
        String text = "Mr. Umerov said 300 people were freed. Dr. Lubinets confirmed it.";

        assertThat(CheckWorthySentences.rank(text, CATALOG.findIn(text)))
                .extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Mr. Umerov said 300 people were freed.", "Dr. Lubinets confirmed it.");
    }

    private static List<String> reasonsOf(String sentence) {
        return CheckWorthySentences.rank(sentence).getFirst().reasons();
    }
}
