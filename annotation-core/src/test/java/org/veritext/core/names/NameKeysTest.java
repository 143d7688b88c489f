package org.veritext.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Erdoğan|erdogan",
            "ERDOĞAN|erdogan",
            "O’Brien|obrien",
            "Jean-Claude   Juncker|jean claude juncker",
            "Łukaszenka|lukaszenka",
            "Straße|strasse",
            "Kılıçdaroğlu|kilicdaroglu",
            "Zelens'kij|zelenskij",
            "Zelensʹkyy|zelenskyy",
            "ＮＡＴＯ|nato",
            "' U.S. Army '|u s army",
            "Zelenskyy, Volodymyr|zelenskyy volodymyr",
            "«Ukrainska Pravda»|ukrainska pravda"})
    void foldsCaseAccentsPunctuationAndApostrophes(String name, String folded) {
        assertThat(NameKeys.fold(name)).isEqualTo(folded);
    }

    @Test
    void foldDropsSoftHyphensAndJoiners() {
        assertThat(NameKeys.fold("Zelen\u00ADskyy")).isEqualTo("zelenskyy");
        assertThat(NameKeys.fold("Umer\u200Dov")).isEqualTo("umerov");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zelenskyy|zelensky",
            "zelenskiy|zelensky",
            "zelenskij|zelensky",
            "zelenskyi|zelensky",
            "zelensky|zelensky",
            "yuliia|yulya",
            "yuliya|yulya",
            "dmitrii|dmytry",
            "mattarella|matarela",
            "kyiv|kyv",
            "g7 summit 2025|g7 sumyt 2025"})
    void skeletonMakesTransliterationVariantsMeet(String folded, String skeleton) {
        assertThat(NameKeys.skeleton(folded)).isEqualTo(skeleton);
    }

    @Test
    void cyrillicWordIsSpelledInThreeSystems() {
        TokenKeys ukrainian = NameKeys.ofWord("Зеленський");
        TokenKeys russian = NameKeys.ofWord("Зеленский");

        assertThat(ukrainian.spellings()).containsExactly("zelenskyy", "zelenskiy", "zelenskij");
        assertThat(russian.spellings()).containsExactly("zelenskyy", "zelenskiy", "zelenskij");
        assertThat(ukrainian.skeletons()).containsExactly("zelensky");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zelenskyy", "Zelenskiy", "Zelensky", "ZELENSKIY", "Zelens'kij", "Zelenskyi",
            "Зеленський", "Зеленский", "ЗЕЛЕНСЬКИЙ"})
    void everySpellingOfZelenskyySharesAKey(String spelling) {
        assertThat(NameKeys.of(spelling)).contains("zelensky");
    }

    @Test
    void wholeNameKeysUseOneSystemForAllWords() {
        Set<String> cyrillic = NameKeys.of("Володимир Зеленський");

        assertThat(cyrillic).contains("володимир зеленськии", "volodymyr zelenskyy", "volodimir zelenskiy",
                "volodymyr zelensky");
        assertThat(NameKeys.of("Volodymyr Zelenskyy")).contains("volodymyr zelensky");
    }

    @Test
    void differentNamesShareNoKey() {
        assertThat(NameKeys.of("Zelenko")).doesNotContainAnyElementsOf(NameKeys.of("Zelenskyy"));
        assertThat(NameKeys.of("Kyiv")).doesNotContainAnyElementsOf(NameKeys.of("Kiev"));
    }

    @Test
    void otherScriptsGetTheGenericSpelling() {
        assertThat(NameKeys.ofWord("Αθήνα").spellings()).containsExactly("athena");
        assertThat(NameKeys.ofWord("Ђоковић").skeletons()).containsExactly("dokovyc");
    }

    @Test
    void wordOfPunctuationHasNoKeys() {
        assertThat(NameKeys.ofWord("—").all()).isEmpty();
        assertThat(NameKeys.ofWords("Zelenskyy — Volodymyr")).extracting(TokenKeys::folded)
                .containsExactly("zelenskyy", "volodymyr");
    }

    @Test
    void abbreviationWithDotsIsOneWord() {
        assertThat(NameKeys.ofWords("U.S. Army")).extracting(TokenKeys::folded).containsExactly("us", "army");
    }

    @Test
    void givesTheSameKeysFromManyThreadsAtOnce() throws Exception {
        List<String> words = List.of("Зеленський", "Умєров", "Мединский", "Київ", "Туреччина", "Ердоган",
                "Песков", "Сирський", "Щербак", "Юлія", "Αθήνα", "Zelenskyy");
        List<TokenKeys> expected = words.stream().map(NameKeys::ofWord).toList();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<List<TokenKeys>>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                // Different suffixes per thread defeat the cache, so the transliterators run concurrently.
                int thread = t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        NameKeys.ofWord("Зеленськ" + "ийо".charAt(i % 3) + thread + i);
                    }
                    return words.stream().map(NameKeys::ofWord).toList();
                }));
            }
            for (Future<List<TokenKeys>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }
}
