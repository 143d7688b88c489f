package org.veritext.core.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.veritext.core.DomainException;
import org.veritext.core.text.FieldText;
import org.veritext.core.text.LengthLimit;

/** An actor's fields, checked and cleaned: what {@link Actor} stores. */
record ActorFields(String name, ActorType type, List<String> aliases, String description, String wikidataId,
                   UUID affiliationId) {

    static final LengthLimit NAME = ActorLimits.NAME;
    static final LengthLimit ALIAS = ActorLimits.ALIAS;
    static final LengthLimit DESCRIPTION = ActorLimits.DESCRIPTION;
    static final int MAX_ALIASES = 100;
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]{0,11}");

    static ActorFields of(ActorDraft draft) {
        String name = FieldText.requiredLine(draft.name(), NAME, "Give the actor a name.");
        if (draft.type() == null) {
            throw new DomainException("Choose what kind of actor this is: a person, an organisation, a country or "
                    + "government, a group, or a media outlet.");
        }
        List<String> aliases = new ArrayList<>();
        for (String raw : draft.aliases() == null ? List.<String>of() : draft.aliases()) {
            String alias = FieldText.optionalLine(raw, ALIAS);
            boolean known = alias.equalsIgnoreCase(name) || aliases.stream().anyMatch(alias::equalsIgnoreCase);
            if (!alias.isEmpty() && !known) {
                aliases.add(alias);
            }
        }
        if (aliases.size() > MAX_ALIASES) {
            throw new DomainException("An actor can have at most %d aliases; this one has %d.".formatted(MAX_ALIASES,
                    aliases.size()));
        }
        return new ActorFields(name, draft.type(), aliases, FieldText.optionalText(draft.description(), DESCRIPTION),
                wikidataId(draft.wikidataId()), draft.affiliationId());
    }

    /** A Wikidata item id such as Q3874799, or null; "q3874799" and a pasted item address are accepted too. */
    private static String wikidataId(String raw) {
        String id = raw == null ? "" : raw.strip();
        int lastSlash = id.lastIndexOf('/');
        if (id.startsWith("http") && lastSlash >= 0) {
            id = id.substring(lastSlash + 1);
        }
        id = id.toUpperCase(Locale.ROOT);
        if (id.isEmpty()) {
            return null;
        }
        if (!WIKIDATA_ID.matcher(id).matches()) {
            throw new DomainException("\u201C" + (raw.length() > 40 ? raw.substring(0, 40) + "\u2026" : raw.strip())
                    + "\u201D is not a Wikidata id. It is a Q followed by digits, such as Q3874799.");
        }
        return id;
    }
}
