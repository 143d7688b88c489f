package org.veritext.core.names;

import static org.veritext.core.names.CommonWords.words;

import java.util.Set;

/**
 * Words around or inside a name that tell what kind of actor it names. All folded (see {@link NameKeys#fold}), in
 * English and, for the commonest, Ukrainian and Russian.
 */
final class NameCues {

    /**
     * Titles and roles written before a person's name: "President Recep Tayyip Erdoğan", "Kremlin aide Vladimir
     * Medinsky", "Mr Umerov". They are the cue, not part of the name.
     */
    static final Set<String> PERSON_TITLES = words("""
            president presidents minister ministers premier chancellor secretary spokesman spokeswoman
            spokesperson mr mrs ms miss dr sir dame lord lady general gen colonel col lieutenant lt major maj
            captain capt commander admiral marshal sergeant sgt ambassador envoy senator sen congressman
            congresswoman rep governor gov mayor king queen prince princess pope patriarch archbishop bishop
            cardinal sheikh emir sultan chairman chairwoman chair director commissioner judge prosecutor aide
            adviser advisor negotiator leader chief deputy vice head lawmaker mp official officer journalist
            reporter correspondent analyst blogger businessman businesswoman tycoon oligarch activist politician
            founder ceo counsellor councillor ombudsman rapporteur
            президент міністр министр прем'єр премьер речник секретарь помічник помощник радник советник
            посол генерал полковник мер губернатор депутат голова глава пан пані господин госпожа""");

    /** Words that qualify a title without being a name: "Defence Minister", "Prime Minister", "Foreign Secretary". */
    static final Set<String> TITLE_MODIFIERS = words("""
            prime defence defense foreign interior home finance economy economic justice health energy
            agriculture culture education environment trade transport digital social foreign affairs former acting
            interim first deputy vice senior chief top general state national security intelligence military
            presidential federal regional local opposition parliamentary press permanent special
            new late""");

    /** Words that, anywhere in a capitalised name, make it an organisation: "Ministry of Defence", "Kremlin". */
    static final Set<String> ORGANISATION_WORDS = words("""
            ministry ministries council association union party agency committee office army forces force
            government parliament kremlin service services bank company corporation corp inc ltd plc foundation
            fund institute university court tribunal commission department authority administration organisation
            organization senate congress assembly duma rada navy guard police directorate bureau secretariat
            embassy mission command headquarters cabinet presidency alliance coalition league federation
            chamber board church staff
            міністерство министерство рада совет служба партія партия агентство комітет комитет офіс офис уряд
            правительство кремль сили силы армія армия дума парламент управління управление""");

    /** Words that, at the end of a capitalised name, make it a media outlet: "Kyiv Independent", "Moscow Times". */
    static final Set<String> MEDIA_WORDS = words("""
            news times post herald gazette journal tribune telegraph guardian independent pravda izvestia tv
            radio channel daily weekly magazine broadcasting broadcaster press observer express mirror chronicle
            review today monitor insider wire""");

    /** Lower-case words before or after a name that make it a media outlet: "the Ukrinform news agency". */
    static final Set<String> MEDIA_NEIGHBOURS = words("""
            agency newspaper broadcaster channel outlet daily website tv television radio magazine tabloid
            paper""");

    /** Words that make a name a group: "Wagner Group", "Azov Brigade", "the Wagner group". */
    static final Set<String> GROUP_WORDS = words("""
            group groups movement militia militias battalion brigade regiment legion network front collective
            gang cartel brotherhood""");

    private NameCues() {
    }
}
