package org.veritext.core.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimilarNamesTest {

    private final SimilarNames<String> catalog = new SimilarNames<>();

    @BeforeEach
    void fillCatalog() {
        catalog.put("zelenskyy", List.of("Volodymyr Zelenskyy", "Zelenskiy"));
        catalog.put("zelenska", List.of("Olena Zelenska"));
        catalog.put("zelenko", List.of("Mykola Zelenko"));
        catalog.put("putin", List.of("Putin"));
        catalog.put("peskov", List.of("Dmitry Peskov"));
        catalog.put("mod-ukraine", List.of("Ministry of Defence of Ukraine"));
        catalog.put("ukraine", List.of("Ukraine", "Україна"));
        catalog.put("klitschko-vitali", List.of("Vitali Klitschko"));
        catalog.put("klitschko-wladimir", List.of("Wladimir Klitschko"));
    }

    @Test
    void zelenskyyInUkrainianFindsTheActorWithAliasZelenskiy() {
        assertThat(catalog.findSimilar("Зеленський"))
                .extracting(SimilarName::owner, SimilarName::existingName, SimilarName::similarity)
                .containsExactly(tuple("zelenskyy", "Zelenskiy", Similarity.SAME_NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Зеленский", "Zelensky", "ZELENSKIY", "Zelenskyi", "Zelens'kij", "Volodymyr Zelensky",
            "Володимир Зеленський"})
    void otherSpellingsOfZelenskyyAreTheSameName(String spelling) {
        assertThat(catalog.findSimilar(spelling))
                .extracting(SimilarName::owner, SimilarName::similarity)
                .containsExactly(tuple("zelenskyy", Similarity.SAME_NAME));
    }

    @Test
    void surnameFirstWithACommaHasTheSameWords() {
        assertThat(catalog.findSimilar("Zelenskyy, Volodymyr"))
                .extracting(SimilarName::owner, SimilarName::existingName, SimilarName::similarity)
                .containsExactly(tuple("zelenskyy", "Volodymyr Zelenskyy", Similarity.SAME_WORDS));
    }

    @Test
    void typosWithinTheThresholdAreCloseSpellings() {
        assertThat(catalog.findSimilar("Zelenskky Volodymir"))
                .as("the skeleton absorbs a doubled letter and i for y").extracting(SimilarName::similarity)
                .containsExactly(Similarity.SAME_WORDS);
        assertThat(catalog.findSimilar("Volodymyr Zelenksyy"))
                .extracting(SimilarName::owner, SimilarName::similarity)
                .containsExactly(tuple("zelenskyy", Similarity.CLOSE_SPELLING));
        assertThat(catalog.findSimilar("Dmitry Peskow"))
                .extracting(SimilarName::owner, SimilarName::similarity)
                .containsExactly(tuple("peskov", Similarity.CLOSE_SPELLING));
        assertThat(catalog.findSimilar("Putn"))
                .as("shorter than 5 letters: no typo allowed").isEmpty();
        assertThat(catalog.findSimilar("Puttin"))
                .as("a doubled letter is the same skeleton").extracting(SimilarName::similarity)
                .containsExactly(Similarity.SAME_NAME);
        assertThat(catalog.findSimilar("Putim"))
                .extracting(SimilarName::owner, SimilarName::similarity)
                .containsExactly(tuple("putin", Similarity.CLOSE_SPELLING));
    }

    @Test
    void aSurnameAloneIsPartOfTheFullName() {
        catalog.put("fidan", List.of("Hakan Fidan"));

        assertThat(catalog.findSimilar("Fidan"))
                .extracting(SimilarName::owner, SimilarName::similarity, SimilarName::explanation)
                .containsExactly(tuple("fidan", Similarity.PART_OF_NAME, "“Fidan” is part of “Hakan Fidan”"));
    }

    @Test
    void anExistingOneWordNameIsPartOfANewFullName() {
        assertThat(catalog.findSimilar("Vladimir Putin"))
                .extracting(SimilarName::owner, SimilarName::similarity, SimilarName::explanation)
                .containsExactly(tuple("putin", Similarity.PART_OF_NAME, "“Putin” is part of “Vladimir Putin”"));
    }

    @Test
    void aSharedSurnameWarnsAboutEveryoneWhoHasIt() {
        assertThat(catalog.findSimilar("Klitschko")).extracting(SimilarName::owner)
                .containsExactlyInAnyOrder("klitschko-vitali", "klitschko-wladimir");
        assertThat(catalog.findSimilar("Vitali Klitschko")).extracting(SimilarName::owner)
                .containsExactly("klitschko-vitali");
    }

    @Test
    void clearlyDifferentNamesDoNotWarn() {
        assertThat(catalog.findSimilar("Zelenko")).extracting(SimilarName::owner)
                .as("Zelenko is part of Mykola Zelenko only, not close to Zelenskyy").containsExactly("zelenko");
        assertThat(catalog.findSimilar("Oleksandr Zelenko")).extracting(SimilarName::owner).isEmpty();
        assertThat(catalog.findSimilar("Sergei Lavrov")).isEmpty();
    }

    @Test
    void aFeminineSurnameIsAnotherPersonNotATypo() {
        assertThat(catalog.findSimilar("Zelenska")).extracting(SimilarName::owner).containsExactly("zelenska");
        assertThat(catalog.findSimilar("Elizaveta Peskova")).isEmpty();
        assertThat(SimilarNames.isFeminineForm("peskov", "peskova")).isTrue();
        assertThat(SimilarNames.isFeminineForm("zelensky", "zelenska")).isTrue();
        assertThat(SimilarNames.isFeminineForm("putin", "puton")).isFalse();
    }

    @Test
    void aCountryIsNotPartOfAnOrganisationNamedAfterItButAnOrganisationIs() {
        assertThat(catalog.findSimilar("Ukraine")).extracting(SimilarName::owner).containsExactly("ukraine");
        assertThat(catalog.findSimilar("Defence Ministry")).extracting(SimilarName::owner, SimilarName::similarity)
                .containsExactly(tuple("mod-ukraine", Similarity.PART_OF_NAME));
        assertThat(catalog.findSimilar("Ministry of Defence")).extracting(SimilarName::owner, SimilarName::similarity)
                .containsExactly(tuple("mod-ukraine", Similarity.PART_OF_NAME));
    }

    @Test
    void aliasesOfTheNewActorCountToo() {
        assertThat(catalog.findSimilar(List.of("Volodymyr Oleksandrovych", "Зеленський")))
                .extracting(SimilarName::owner, SimilarName::newName)
                .containsExactly(tuple("zelenskyy", "Зеленський"));
    }

    @Test
    void strongestReasonComesFirst() {
        catalog.put("zelensky-foundation", List.of("Zelenskyy Foundation"));
        catalog.put("zelenskyy-patronymic", List.of("Zelenskyj Volodymyr Oleksandrovych"));

        assertThat(catalog.findSimilar("Zelenskyy")).extracting(SimilarName::owner, SimilarName::similarity)
                .as("not the foundation: a person's name inside an organisation's is not part of it")
                .containsExactly(tuple("zelenskyy", Similarity.SAME_NAME),
                        tuple("zelenskyy-patronymic", Similarity.PART_OF_NAME));
        assertThat(catalog.findSimilar("Zelenskyy Foundation")).extracting(SimilarName::similarity)
                .startsWith(Similarity.SAME_NAME);
    }

    @Test
    void putReplacesAndRemoveForgets() {
        catalog.put("putin", List.of("Vladimir Vladimirovich Putin"));
        assertThat(catalog.findSimilar("Putin")).extracting(SimilarName::similarity)
                .containsExactly(Similarity.PART_OF_NAME);

        catalog.remove("putin");
        assertThat(catalog.findSimilar("Putin")).isEmpty();
        assertThat(catalog.size()).isEqualTo(10);
    }
}
