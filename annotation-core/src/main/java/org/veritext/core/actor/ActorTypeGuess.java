package org.veritext.core.actor;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A first guess at what kind of actor a bare name is, so that creating one from the claim editor is one key press
 * more often than not. Only a guess: the user sees it and may change it.
 */
public final class ActorTypeGuess {

    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(ministry|council|association|union|party|agency|committee|office|army|forces|government|"
                    + "parliament|kremlin|commission|court|bank|company|corporation|institute|university|"
                    + "department|service|fund|foundation|organi[sz]ation|un|nato|eu)\\b");
    private static final Pattern MEDIA = Pattern.compile(
            "\\b(reuters|afp|ap|bbc|cnn|tass|ria|interfax|ukrinform|anadolu|news|times|post|herald|tribune|"
                    + "gazette|journal|tv|radio|agency|press)\\b");
    private static final Pattern GROUP = Pattern.compile("\\b(group|movement|brigade|battalion|residents|students|"
            + "protesters|veterans|families)\\b");
    private static final Set<String> COUNTRIES = Set.of("ukraine", "russia", "russian federation", "turkey", "türkiye",
            "turkiye", "united states", "usa", "us", "united kingdom", "uk", "france", "germany", "poland", "belarus",
            "china", "qatar", "saudi arabia", "israel", "iran", "syria", "moldova", "georgia", "hungary", "italy",
            "spain", "portugal", "netherlands", "belgium", "switzerland", "austria", "romania", "bulgaria", "greece",
            "india", "brazil", "japan", "canada", "estonia", "latvia", "lithuania", "finland", "sweden", "norway",
            "denmark", "kazakhstan", "azerbaijan", "armenia", "egypt", "united arab emirates", "uae");

    private ActorTypeGuess() {
    }

    public static ActorType of(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (COUNTRIES.contains(lower)) {
            return ActorType.COUNTRY;
        }
        if (MEDIA.matcher(lower).find()) {
            return ActorType.MEDIA_OUTLET;
        }
        if (ORGANISATION.matcher(lower).find()) {
            return ActorType.ORGANISATION;
        }
        if (GROUP.matcher(lower).find()) {
            return ActorType.GROUP;
        }
        return ActorType.PERSON;
    }
}
