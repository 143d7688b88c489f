package org.veritext.core.actor;

import java.util.List;
import java.util.UUID;

/**
 * An actor as a user hands it in (the form, or a quick create from the claim editor): nothing checked yet. Only the
 * name and the type are required.
 *
 * @param affiliationId the actor this one belongs to or represents (a negotiator → his government), or null
 */
public record ActorDraft(String name, ActorType type, List<String> aliases, String description, String wikidataId,
                         UUID affiliationId) {

    public static ActorDraft of(String name, ActorType type, String... aliases) {
        return new ActorDraft(name, type, List.of(aliases), "", null, null);
    }
}
