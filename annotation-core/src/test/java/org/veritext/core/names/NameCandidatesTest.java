package org.veritext.core.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.veritext.core.actor.ActorType.COUNTRY;
import static org.veritext.core.actor.ActorType.GROUP;
import static org.veritext.core.actor.ActorType.MEDIA_OUTLET;
import static org.veritext.core.actor.ActorType.ORGANISATION;
import static org.veritext.core.actor.ActorType.PERSON;

import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class NameCandidatesTest {

    @Test
    void aTitleIsTheCueNotPartOfTheName() {
        candidates("Turkish President Recep Tayyip Erdoğan welcomed both delegations.")
                .containsExactly(tuple("Recep Tayyip Erdoğan", PERSON, "President"));
    }

    @Test
    void anAcronymThatSpellsAnOrdinaryWordIsStillAName() {
        candidates("US President Donald Trump called the WHO and us.")
                .containsExactly(
                        tuple("US", COUNTRY, "country"),
                        tuple("Donald Trump", PERSON, "President"),
                        tuple("WHO", ORGANISATION, "known organisation"));
    }

    @Test
    void aPossessiveCountryAndATitledMinisterAreTwoNames() {
        String text = "Ukraine's Defence Minister Rustem Umerov led the team.";

        assertThat(NameCandidates.findIn(text))
                .extracting(NameCandidate::start, NameCandidate::end, NameCandidate::name,
                        NameCandidate::guessedType, NameCandidate::cue)
                .containsExactly(
                        tuple(0, 7, "Ukraine", COUNTRY, "country"),
                        tuple(text.indexOf("Rustem"), text.indexOf(" led"), "Rustem Umerov", PERSON, "Minister"));
    }

    @Test
    void aLowerCaseRoleBeforeANameIsACue() {
        candidates("Kremlin aide Vladimir Medinsky handed over a memorandum, and Kremlin spokesman Dmitry Peskov "
                + "called it a step.")
                .containsExactly(
                        tuple("Kremlin", ORGANISATION, "known organisation"),
                        tuple("Vladimir Medinsky", PERSON, "aide"),
                        tuple("Kremlin", ORGANISATION, "known organisation"),
                        tuple("Dmitry Peskov", PERSON, "spokesman"));
    }

    @Test
    void titlesOfSeveralWordsAndAnOrganisationBeforeThem() {
        candidates("NATO Secretary General Mark Rutte and Deputy Prime Minister Olha Stefanishyna spoke; European "
                + "Commission President Ursula von der Leyen did not.")
                .containsExactly(
                        tuple("NATO", ORGANISATION, "known organisation"),
                        tuple("Mark Rutte", PERSON, "Secretary General"),
                        tuple("Olha Stefanishyna", PERSON, "Minister"),
                        tuple("European Commission", ORGANISATION, "known organisation"),
                        tuple("Ursula von der Leyen", PERSON, "President"));
    }

    @Test
    void organisationsByTheirWords() {
        candidates("The Russian Defence Ministry said on Monday that the International Committee of the Red Cross "
                + "and the Armed Forces of Ukraine had agreed. The General Staff declined to comment.")
                .containsExactly(
                        tuple("Russian Defence Ministry", ORGANISATION, "Ministry"),
                        tuple("International Committee of the Red Cross", ORGANISATION, "Committee"),
                        tuple("Armed Forces of Ukraine", ORGANISATION, "Forces"),
                        tuple("General Staff", ORGANISATION, "Staff"));
    }

    @Test
    void capitalsStandForGovernments() {
        candidates("Moscow says it wants a lasting settlement; Kyiv says it will not capitulate to Russia.")
                .containsExactly(
                        tuple("Moscow", COUNTRY, "capital city"),
                        tuple("Kyiv", COUNTRY, "capital city"),
                        tuple("Russia", COUNTRY, "country"));
    }

    @Test
    void mediaOutletsByNameLastWordAndNeighbours() {
        candidates("ISTANBUL (Reuters) - A source told the Baltic Herald, the Ukrinform news agency and the "
                + "broadcaster Hromadske that Interfax had it wrong.")
                .containsExactly(
                        tuple("Reuters", MEDIA_OUTLET, "known media outlet"),
                        tuple("Baltic Herald", MEDIA_OUTLET, "Herald"),
                        tuple("Ukrinform", MEDIA_OUTLET, "known media outlet"),
                        tuple("Hromadske", MEDIA_OUTLET, "known media outlet"),
                        tuple("Interfax", MEDIA_OUTLET, "known media outlet"));
        candidates("Reporters from Zaporizhzhia Daily and the Dnipro Voice newspaper were there.")
                .containsExactly(
                        tuple("Zaporizhzhia Daily", MEDIA_OUTLET, "Daily"),
                        tuple("Dnipro Voice", MEDIA_OUTLET, "newspaper"));
    }

    @Test
    void groupsByTheirWordsAndNeighbours() {
        candidates("Fighters of the Khartia Brigade and the Rusich group clashed.")
                .containsExactly(
                        tuple("Khartia Brigade", GROUP, "Brigade"),
                        tuple("Rusich", GROUP, "group"));
    }

    @Test
    void skipsSentenceOpenersMonthsWeekdaysAndAdjectives() {
        candidates("But on Tuesday, in March, nothing happened. Angry war bloggers urged Moscow to retaliate. "
                + "Yesterday Turkish and European diplomats met. The talks ended.")
                .containsExactly(tuple("Moscow", COUNTRY, "capital city"));
    }

    @Test
    void keepsASentenceInitialNameThatIsCapitalisedElsewhere() {
        candidates("Talks were held at the Dolmabahce Palace. Dolmabahce was chosen by the hosts. Heavy rain fell.")
                .containsExactly(
                        tuple("Dolmabahce Palace", null, null),
                        tuple("Dolmabahce", null, null));
    }

    @Test
    void aSurnameTakesTheTypeOfTheFullNameFoundElsewhere() {
        candidates("Defence Minister Rustem Umerov arrived late. Umerov said the talks were useful.")
                .containsExactly(
                        tuple("Rustem Umerov", PERSON, "Minister"),
                        tuple("Umerov", PERSON, "same as “Rustem Umerov”"));
    }

    @Test
    void abbreviatedTitlesAndInitials() {
        candidates("Mr. Umerov met Donald J. Trump and Gen. Syrskyi.")
                .containsExactly(
                        tuple("Umerov", PERSON, "Mr"),
                        tuple("Donald J. Trump", null, null),
                        tuple("Syrskyi", PERSON, "Gen"));
    }

    @Test
    void leavesOutWhatTheCatalogAlreadyFound() {
        String text = "Turkish President Recep Tayyip Erdoğan met Hakan Fidan in Ankara.";
        NameDictionary<String> dictionary = new NameDictionary<>();
        dictionary.put("erdogan", List.of("Erdogan"));
        dictionary.put("turkey", List.of("Ankara"));

        assertThat(NameCandidates.findIn(text, dictionary.findIn(text)))
                .extracting(NameCandidate::name)
                .containsExactly("Hakan Fidan");
    }

    @Test
    void cyrillicNamesWithTitlesAndOrganisations() {
        candidates("Президент Володимир Зеленський зустрівся з послом. Міністерство оборони України повідомило "
                + "про обмін, а речник Дмитро Лубінець підтвердив.")
                .containsExactly(
                        tuple("Володимир Зеленський", PERSON, "Президент"),
                        tuple("Міністерство оборони України", ORGANISATION, "Міністерство"),
                        tuple("Дмитро Лубінець", PERSON, "речник"));
    }

    @Test
    void aCountryInTheListIsACountry() {
        candidates("Delegations from Türkiye, the United States and Azerbaijan attended.")
                .containsExactly(
                        tuple("Türkiye", COUNTRY, "country"),
                        tuple("United States", COUNTRY, "country"),
                        tuple("Azerbaijan", COUNTRY, "country"));
    }

    private static ListAssert<Tuple> candidates(String text) {
        return assertThat(NameCandidates.findIn(text).stream()
                .map(c -> tuple(c.name(), c.guessedType(), c.cue()))
                .toList());
    }
}
