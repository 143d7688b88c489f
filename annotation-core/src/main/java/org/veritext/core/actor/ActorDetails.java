package org.veritext.core.actor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.veritext.core.user.Person;

/** An actor as its page and its form show it. {@code version} goes back with an edit. */
public record ActorDetails(UUID id, String name, ActorType type, List<String> aliases, String description,
                           String wikidataId, ActorRef affiliation, Person createdBy, Instant createdAt,
                           Person modifiedBy, Instant modifiedAt, long version) {

    static ActorDetails of(Actor actor) {
        return new ActorDetails(actor.getId(), actor.getName(), actor.getType(), actor.getAliases(),
                actor.getDescription(), actor.getWikidataId(),
                actor.getAffiliation() == null ? null : ActorRef.of(actor.getAffiliation()),
                Person.of(actor.getCreatedBy()), actor.getCreatedAt(), Person.of(actor.getModifiedBy()),
                actor.getModifiedAt(), actor.getVersion());
    }

    /** The Wikidata page of this actor, if it has an id. */
    public String wikidataUrl() {
        return wikidataId == null ? null : "https://www.wikidata.org/wiki/" + wikidataId;
    }

    public ActorRef ref() {
        return new ActorRef(id, name, type);
    }
}
