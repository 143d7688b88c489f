package org.veritext.core.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A made-up catalog of people (Latin and Cyrillic) and organisations, with aliases, and an article that names some
 * of them in other spellings, for the benchmark. Deterministic: the same seed gives the same catalog and article.
 */
final class SyntheticNames {

    private static final String[] FIRST = {"Olena", "Andrii", "Serhii", "Maria", "Dmytro", "Yulia", "Viktor",
            "Natalia", "Ivan", "Petro", "Oksana", "Taras", "Ihor", "Mykhailo", "Anna", "Yevhen", "Maksym", "Alexei",
            "Elena", "Tatiana", "Nikolai", "Yuri", "Irina", "Mehmet", "Ayse", "Emre", "Zeynep", "John", "Sarah",
            "Michael", "Laura", "Pierre", "Claire", "Hans", "Greta", "Marco", "Giulia", "Piotr", "Agnieszka",
            "Tomas", "Ilona", "Giorgi", "Nino", "Aram", "Leyla", "Omar", "Fatima", "Kenji", "Mei", "Carlos"};
    private static final String[] FIRST_CYRILLIC = {"Олександр", "Андрій", "Сергій", "Ольга", "Марія", "Дмитро",
            "Юлія", "Віктор", "Наталія", "Іван", "Петро", "Оксана", "Тарас", "Ігор", "Михайло", "Володимир", "Олена",
            "Анна", "Євген", "Максим", "Владимир", "Алексей", "Сергей", "Елена", "Татьяна", "Николай", "Юрий",
            "Ирина"};
    private static final String[] SYLLABLES = {"ka", "ro", "vel", "mi", "sha", "den", "lu", "tor", "ba", "nik",
            "zo", "rem", "sta", "vo", "lin", "ger", "pa", "dru", "mes", "ol", "an", "ev", "ul", "dor", "ash", "kir",
            "bo", "tan", "zer", "hul", "fen", "gra", "sel", "mor", "vik", "tep", "sar", "lev", "dim", "yar"};
    private static final String[] ENDINGS = {"enko", "ov", "ova", "sky", "skyi", "ich", "uk", "in", "er", "son",
            "ez", "oglu", "ian", "ko", "ets", "ak"};
    private static final String[] SYLLABLES_CYRILLIC = {"ко", "ро", "вел", "мі", "ша", "ден", "лу", "тор", "ба",
            "нік", "зо", "рем", "ста", "во", "лін", "гер", "па", "дру", "мес", "ол", "ан", "єв", "ул", "дор"};
    private static final String[] ENDINGS_CYRILLIC = {"енко", "ов", "ський", "ский", "ич", "юк", "ін", "ук",
            "ий", "ець"};
    private static final String[] FIELDS = {"Defence", "Energy", "Health", "Trade", "Transport", "Agrarian",
            "Veterans", "Youth", "Digital", "Maritime", "Border", "Customs", "Justice", "Culture", "Science",
            "Water", "Forest", "Mining", "Railway", "Postal"};
    private static final String[] HEADS = {"Ministry", "Council", "Agency", "Committee", "Association", "Union",
            "Party", "Foundation", "Institute", "Office", "Service", "Commission"};
    private static final String[] FILLER = ("the of and to in a that was for on with as by at from it said would "
            + "be have not this but they which had were their has been more after also its who will about one "
            + "over than when into some only other new could time two years first last week talks delegation "
            + "peace war ceasefire prisoners exchange agreement officials government minister president city "
            + "region front line soldiers civilians attack drones missiles forces talks meeting round sides "
            + "proposal memorandum document terms report statement spokesman told reporters according data "
            + "people members meeting border energy grain ships port sanctions economy budget aid support").split(" ");

    private final Random random;
    private final Transliterator toLatin = Transliterator.getInstance("Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII");

    /** Owner id to names (name first, then aliases). */
    final Map<String, List<String>> catalog = new LinkedHashMap<>();
    int nameCount;

    SyntheticNames(long seed) {
        this.random = new Random(seed);
    }

    /** Fills the catalog up to {@code names} names: 55% Latin people, 20% Cyrillic people, 25% organisations. */
    SyntheticNames withCatalogOf(int names) {
        while (nameCount < names) {
            int kind = random.nextInt(100);
            List<String> owned = kind < 55 ? latinPerson() : kind < 75 ? cyrillicPerson() : organisation();
            owned = owned.subList(0, Math.min(owned.size(), names - nameCount));
            catalog.put("owner-" + catalog.size(), owned);
            nameCount += owned.size();
        }
        return this;
    }

    /**
     * An article of about {@code wordCount} words: filler sentences, with a catalog name every ~40 words, as written
     * or in another form (surname alone, capitals, Latin spelling of a Cyrillic name).
     */
    String article(int wordCount) {
        List<List<String>> owners = new ArrayList<>(catalog.values());
        StringBuilder text = new StringBuilder();
        int words = 0;
        int sentenceWords = 0;
        while (words < wordCount) {
            String next;
            if (random.nextInt(40) == 0) {
                next = mention(owners.get(random.nextInt(owners.size())));
            } else {
                next = FILLER[random.nextInt(FILLER.length)];
                if (sentenceWords == 0) {
                    next = Character.toUpperCase(next.charAt(0)) + next.substring(1);
                }
            }
            text.append(next);
            int added = next.split(" ").length;
            words += added;
            sentenceWords += added;
            if (sentenceWords > 12 + random.nextInt(15)) {
                text.append(random.nextInt(8) == 0 ? ".\n\n" : ". ");
                sentenceWords = 0;
            } else {
                text.append(random.nextInt(10) == 0 ? ", " : " ");
            }
        }
        return text.append('.').toString();
    }

    /** Latin people and organisations, to look up as new names: a name with a typo, another spelling, a surname. */
    List<String> queries(int count) {
        List<List<String>> owners = new ArrayList<>(catalog.values());
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = owners.get(random.nextInt(owners.size())).getFirst();
            queries.add(switch (i % 4) {
                case 0 -> swapTwoLetters(name);
                case 1 -> Transliterations.hasCyrillicLetters(name) ? toLatin.transliterate(name) : name.toUpperCase(Locale.ROOT);
                case 2 -> name.substring(name.lastIndexOf(' ') + 1);
                default -> FIRST[random.nextInt(FIRST.length)] + " " + surname();
            });
        }
        return queries;
    }

    private String mention(List<String> names) {
        String name = names.get(random.nextInt(names.size()));
        return switch (random.nextInt(4)) {
            case 0 -> Transliterations.hasCyrillicLetters(name) ? toLatin.transliterate(name) : name;
            case 1 -> name.toUpperCase(Locale.ROOT);
            default -> name;
        };
    }

    private List<String> latinPerson() {
        String surname = surname();
        String full = FIRST[random.nextInt(FIRST.length)] + " " + surname;
        List<String> names = new ArrayList<>(List.of(full));
        if (random.nextBoolean()) {
            names.add(surname);
        }
        if (random.nextInt(5) == 0) {
            names.add(full.replace('y', 'i'));
        }
        return names;
    }

    private List<String> cyrillicPerson() {
        StringBuilder surname = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            surname.append(SYLLABLES_CYRILLIC[random.nextInt(SYLLABLES_CYRILLIC.length)]);
        }
        surname.append(ENDINGS_CYRILLIC[random.nextInt(ENDINGS_CYRILLIC.length)]);
        surname.setCharAt(0, Character.toUpperCase(surname.charAt(0)));
        String full = FIRST_CYRILLIC[random.nextInt(FIRST_CYRILLIC.length)] + " " + surname;
        return random.nextBoolean() ? List.of(full, surname.toString()) : List.of(full);
    }

    private List<String> organisation() {
        String place = surname();
        String head = HEADS[random.nextInt(HEADS.length)];
        String field = FIELDS[random.nextInt(FIELDS.length)];
        String name = random.nextBoolean() ? place + " " + field + " " + head : head + " of " + field + " of " + place;
        if (random.nextInt(3) == 0) {
            String acronym = ("" + place.charAt(0) + field.charAt(0) + head.charAt(0)).toUpperCase(Locale.ROOT);
            return List.of(name, acronym + random.nextInt(100));
        }
        return List.of(name);
    }

    private String surname() {
        StringBuilder surname = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            surname.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        surname.append(ENDINGS[random.nextInt(ENDINGS.length)]);
        surname.setCharAt(0, Character.toUpperCase(surname.charAt(0)));
        return surname.toString();
    }

    private String swapTwoLetters(String name) {
        int at = 1 + random.nextInt(Math.max(1, name.length() - 3));
        char[] chars = name.toCharArray();
        char c = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = c;
        return new String(chars);
    }
}
