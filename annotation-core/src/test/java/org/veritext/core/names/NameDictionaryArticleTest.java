package org.veritext.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dictionary against a whole article of our own (a made-up third round of talks), with names in several
 * spellings and two scripts, possessives, acronyms, and traps: adjectives, lower-case "us" and "un", a feminine
 * form of a catalog surname, a name inside a longer word.
 */
class NameDictionaryArticleTest {

    private static final Map<String, List<String>> CATALOG = Map.ofEntries(
            Map.entry("zelenskyy", List.of("Volodymyr Zelenskyy", "Zelenskiy", "Zelensky", "Володимир Зеленський")),
            Map.entry("putin", List.of("Vladimir Putin", "Putin", "Владимир Путин", "Путін")),
            Map.entry("erdogan", List.of("Recep Tayyip Erdoğan", "Erdogan")),
            Map.entry("umerov", List.of("Rustem Umerov", "Umerov", "Рустем Умєров")),
            Map.entry("medinsky", List.of("Vladimir Medinsky", "Medinsky", "Мединский")),
            Map.entry("peskov", List.of("Dmitry Peskov", "Peskov", "Дмитрий Песков")),
            Map.entry("fidan", List.of("Hakan Fidan")),
            Map.entry("ukraine", List.of("Ukraine", "Україна", "Kyiv", "Kiev")),
            Map.entry("russia", List.of("Russia", "Russian Federation", "Росія", "Moscow")),
            Map.entry("turkey", List.of("Turkey", "Türkiye", "Ankara")),
            Map.entry("usa", List.of("United States", "US", "U.S.", "USA", "Washington")),
            Map.entry("kremlin", List.of("Kremlin", "Кремль")),
            Map.entry("un", List.of("United Nations", "UN")),
            Map.entry("icrc", List.of("International Committee of the Red Cross", "Red Cross", "ICRC")),
            Map.entry("nato", List.of("NATO")),
            Map.entry("reuters", List.of("Reuters")),
            Map.entry("istanbul-talks", List.of("Istanbul talks", "Istanbul peace talks")));

    private static final String ARTICLE = """
            ISTANBUL, June 9 ([[Reuters|reuters]]) - Delegations from [[Russia|russia]] and [[Ukraine|ukraine]] met \
            for a third round of the [[Istanbul talks|istanbul-talks]] on Monday, and both sides said afterwards \
            that they had agreed to swap another 1,200 prisoners of war.

            The meeting in the Ciragan Palace lasted just under two hours. [[Turkey|turkey]]'s foreign minister, \
            [[Hakan Fidan|fidan]], opened it by telling the delegations that [[Türkiye|turkey]] would host \
            "as many rounds as it takes".

            Ukrainian negotiators were led again by [[Rustem Umerov|umerov]], now secretary of the national \
            security council. Russian negotiators were led by [[Vladimir Medinsky|medinsky]], an aide to President \
            [[Vladimir Putin|putin]].

            [[Umerov|umerov]] told reporters that [[Kyiv|ukraine]] wanted a ceasefire of at least 30 days before any \
            meeting between [[Zelenskiy|zelenskyy]] and [[Putin|putin]]. "Tell us a date and we will be there," he \
            said, addressing [[Moscow|russia]].

            [[Medinskiy|medinsky]] replied that [[Moscow|russia]] had handed over a memorandum of 14 points and that \
            the [[Kremlin|kremlin]] saw no reason to hurry. Who signs what, he said, may be decided later.

            In [[Kyiv|ukraine]], President [[Volodymyr Zelenskyy|zelenskyy]] said in his evening address that \
            [[Russia|russia]]'s memorandum was "an ultimatum, not a plan". [[Zelenskyy|zelenskyy]]'s office \
            published the Ukrainian counter-proposal an hour later.

            The first lady, Olena Zelenska, who attended a separate humanitarian session, did not speak to \
            journalists.

            [[Kremlin|kremlin]] spokesman [[Dmitri Peskov|peskov]] said the [[Russian Federation|russia]] remained "open to \
            dialogue". His daughter, Elizaveta Peskova, posted photos from the palace, which drew criticism in \
            [[Kiev|ukraine]] and [[Moscow|russia]] alike.

            Russian state media quoted him in Russian: «[[Дмитрий Песков|peskov]] заявил, что [[Кремль|kremlin]] \
            готов к переговорам». A Ukrainian channel replied the same evening: «[[Зеленський|zelenskyy]]: \
            [[Україна|ukraine]] не поступиться землею», while a Russian one wrote that [[Зеленский|zelenskyy]] \
            and [[Эрдоган|erdogan]] had spoken by phone.

            President [[Recep Tayyip Erdogan|erdogan]] said [[Ankara|turkey]] was ready to host a meeting of \
            [[Putin|putin]], [[Zelensky|zelenskyy]] and [[U.S.|usa]] President Donald Trump. [[Erdogan|erdogan]] \
            gave no date.

            In [[Washington|usa]], a [[US|usa]] official said the [[United States|usa]] welcomed the exchange but \
            wanted "a real ceasefire, not another pause". A French diplomat called the day «un pas en avant».

            The [[International Committee of the Red Cross|icrc]] will oversee the swap. A [[Red Cross|icrc]] \
            spokeswoman said the [[ICRC|icrc]] had visited 800 prisoners held by both sides this year.

            [[NATO|nato]] allies and the [[UN|un]] welcomed the agreement. The [[United Nations|un]] \
            secretary-general said a humanitarian corridor "may be next".

            A Kyivstar network outage briefly cut the delegation's phones; Turkish officials lent them theirs. \
            Russians and Ukrainians then ate at separate tables.

            The next round of the [[Istanbul peace talks|istanbul-talks]] is expected in July. [[Umerov|umerov]] \
            said [[Україна|ukraine]] would send the same team; [[Мединский|medinsky]] did not say who would lead \
            the Russian side.
            """;

    private final NameDictionary<String> dictionary = new NameDictionary<>();

    @BeforeEach
    void fillCatalog() {
        CATALOG.forEach(dictionary::put);
    }

    @Test
    void findsEveryAliasOccurrenceInATestArticleAndNothingElse() {
        MarkedText article = MarkedText.parse(ARTICLE);

        List<MarkedText.Expected> found = dictionary.findIn(article.text()).stream()
                .map(m -> new MarkedText.Expected(m.start(), m.end(), m.text(), m.owners()))
                .toList();

        assertThat(found).containsExactlyElementsOf(article.expected());
        assertThat(article.text().split("\n\n")).hasSize(15);
    }
}
