package org.veritext.core.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veritext.core.text.GraphemeClusters;

class NameDictionaryTest {

    private final NameDictionary<String> dictionary = new NameDictionary<>();

    @Test
    void findsANameInAnySpellingAndScript() {
        dictionary.put("zelenskyy", List.of("Volodymyr Zelenskyy", "Zelenskiy", "Володимир Зеленський"));
        String text = "Zelensky spoke first. ZELENSKIY then left; Зеленский и Зеленський не сказали.";

        assertThat(dictionary.findIn(text))
                .extracting(NameMatch::text, NameMatch::owners)
                .containsExactly(
                        tuple("Zelensky", Set.of("zelenskyy")),
                        tuple("ZELENSKIY", Set.of("zelenskyy")),
                        tuple("Зеленский", Set.of("zelenskyy")),
                        tuple("Зеленський", Set.of("zelenskyy")));
    }

    @Test
    void findsALatinNameWrittenInCyrillicAndTheReverse() {
        dictionary.put("umerov", List.of("Rustem Umerov"));
        dictionary.put("kremlin", List.of("Кремль"));

        assertThat(dictionary.findIn("Рустем Умєров прибув до Стамбула. The Kreml said nothing."))
                .extracting(NameMatch::text, NameMatch::owners)
                .containsExactly(tuple("Рустем Умєров", Set.of("umerov")),
                        tuple("Kreml", Set.of("kremlin")));
        assertThat(dictionary.findIn("Рустем Умеров and Kremlin"))
                .extracting(NameMatch::text)
                .containsExactly("Рустем Умеров");
    }

    @Test
    void reportsExactUtf16OffsetsOfTheTextAsWritten() {
        dictionary.put("erdogan", List.of("Recep Tayyip Erdoğan"));
        String text = "👨‍👩‍👧 Turkish President Recep Tayyip Erdogan hosted the talks.";

        NameMatch<String> match = dictionary.findIn(text).getFirst();

        assertThat(match.start()).isEqualTo(text.indexOf("Recep"));
        assertThat(match.end()).isEqualTo(text.indexOf(" hosted"));
        assertThat(match.text()).isEqualTo("Recep Tayyip Erdogan");
    }

    @Test
    void neverEndsAMatchInsideAGraphemeCluster() {
        dictionary.put("umerov", List.of("Umerov"));
        // A combining mark with no precomposed form stays with the word it follows.
        String text = "Umerov\u0330 and Umerov.";

        List<NameMatch<String>> matches = dictionary.findIn(text);

        assertThat(matches).extracting(NameMatch::text).containsExactly("Umerov\u0330", "Umerov");
        assertThat(matches).allSatisfy(m -> {
            assertThat(GraphemeClusters.isBoundary(text, m.start())).isTrue();
            assertThat(GraphemeClusters.isBoundary(text, m.end())).isTrue();
        });
    }

    @Test
    void takesTheLongestNameAtEachPlaceWithoutOverlaps() {
        dictionary.put("zelenskyy", List.of("Volodymyr Zelenskyy", "Zelenskyy"));
        dictionary.put("office", List.of("Zelenskyy Office"));
        String text = "Volodymyr Zelenskyy Office staff met Zelenskyy.";

        assertThat(dictionary.findIn(text))
                .extracting(NameMatch::text, NameMatch::owners)
                .containsExactly(
                        tuple("Volodymyr Zelenskyy", Set.of("zelenskyy")),
                        tuple("Zelenskyy", Set.of("zelenskyy")));
    }

    @Test
    void fallsBackToTheLongestCompleteNameWhenALongerOneBreaksOff() {
        dictionary.put("ministry", List.of("Ministry of Defence of Ukraine"));
        dictionary.put("defence", List.of("Ministry of Defence"));

        assertThat(dictionary.findIn("The Ministry of Defence of Russia replied."))
                .extracting(NameMatch::text, NameMatch::owners)
                .containsExactly(tuple("Ministry of Defence", Set.of("defence")));
    }

    @Test
    void aNameOfSeveralOwnersNamesThemAll() {
        dictionary.put("actor:kremlin", List.of("Kremlin"));
        dictionary.put("event:kremlin-briefing", List.of("Kremlin", "Kremlin briefing"));

        assertThat(dictionary.findIn("the Kremlin said").getFirst().owners())
                .containsExactlyInAnyOrder("actor:kremlin", "event:kremlin-briefing");
    }

    @Test
    void aNameDoesNotRunAcrossPunctuationOrLines() {
        dictionary.put("umerov", List.of("Rustem Umerov"));

        assertThat(dictionary.findIn("Rustem, Umerov")).isEmpty();
        assertThat(dictionary.findIn("Rustem\nUmerov")).isEmpty();
        assertThat(dictionary.findIn("Rustem – Umerov")).isEmpty();
        assertThat(dictionary.findIn("Rustem  Umerov")).extracting(NameMatch::text).containsExactly("Rustem  Umerov");
    }

    @Test
    void hyphensInitialsAndPossessivesJoinWords() {
        dictionary.put("juncker", List.of("Jean Claude Juncker"));
        dictionary.put("trump", List.of("Donald J. Trump"));
        dictionary.put("russia", List.of("Russia"));
        dictionary.put("mfa", List.of("Russia Foreign Ministry"));

        assertThat(dictionary.findIn("Jean-Claude Juncker and Donald J. Trump; Russia's army; Russia’s Foreign Ministry"))
                .extracting(NameMatch::text)
                .containsExactly("Jean-Claude Juncker", "Donald J. Trump", "Russia", "Russia’s Foreign Ministry");
    }

    @Test
    void matchesWholeWordsOnly() {
        dictionary.put("kyiv", List.of("Kyiv"));

        assertThat(dictionary.findIn("Kyivstar and Kyivan and Kyiv.")).extracting(NameMatch::start)
                .containsExactly("Kyivstar and Kyivan and ".length());
    }

    @Test
    void shortNameInCapitalsMatchesOnlyCapitals() {
        dictionary.put("usa", List.of("US", "U.S.", "United States"));
        dictionary.put("who", List.of("WHO"));

        assertThat(dictionary.findIn("Tell us what the US and the U.S. want; who knows? Us neither. The WHO does."))
                .extracting(NameMatch::text)
                .containsExactly("US", "U.S.", "WHO");
    }

    @Test
    void nameOfOrdinaryWordsMatchesOnlyAsWritten() {
        dictionary.put("band", List.of("The Who"));
        dictionary.put("may", List.of("May"));
        dictionary.put("x", List.of("X"));

        assertThat(dictionary.findIn("The Who played; the who? May said you may post on X, not x."))
                .extracting(NameMatch::text)
                .containsExactly("The Who", "May", "X");
    }

    @Test
    void longerAcronymsAndOrdinaryNamesIgnoreCase() {
        dictionary.put("nato", List.of("NATO"));
        dictionary.put("umerov", List.of("Umerov"));

        assertThat(dictionary.findIn("Nato and NATO and nato; UMEROV and umerov"))
                .extracting(NameMatch::text)
                .containsExactly("Nato", "NATO", "nato", "UMEROV", "umerov");
    }

    @Test
    void putReplacesAnOwnersNamesAndRemoveForgetsThem() {
        dictionary.put("zelenskyy", List.of("Zelenskyy", "Volodymyr Zelenskyy"));
        dictionary.put("umerov", List.of("Umerov"));
        assertThat(dictionary.size()).isEqualTo(3);

        dictionary.put("zelenskyy", List.of("President Zelenskyy"));
        assertThat(dictionary.size()).isEqualTo(2);
        assertThat(dictionary.findIn("Zelenskyy met Umerov; President Zelenskyy left."))
                .extracting(NameMatch::text)
                .containsExactly("Umerov", "President Zelenskyy");

        dictionary.remove("zelenskyy");
        dictionary.remove("nobody");
        assertThat(dictionary.size()).isEqualTo(1);
        assertThat(dictionary.findIn("President Zelenskyy met Umerov")).extracting(NameMatch::text)
                .containsExactly("Umerov");
    }

    @Test
    void removingALongNameKeepsTheShorterOneItStartsWith() {
        dictionary.put("a", List.of("Volodymyr Zelenskyy"));
        dictionary.put("b", List.of("Volodymyr"));
        dictionary.remove("a");

        assertThat(dictionary.findIn("Volodymyr Zelenskyy")).extracting(NameMatch::text)
                .containsExactly("Volodymyr");
    }

    @Test
    void ignoresNamesOfPunctuationOnly() {
        dictionary.put("nothing", List.of("", " — ", "..."));

        assertThat(dictionary.size()).isZero();
        assertThat(dictionary.findIn("— ... —")).isEmpty();
        assertThat(dictionary.findIn("")).isEmpty();
    }
}
