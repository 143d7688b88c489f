package org.veritext.core.actor;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives other domain services the actors they link to (claims, events, mentions). It checks no user: callers are
 * services that have checked already.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ActorLookup {

    private final ActorRepository actors;

    ActorLookup(ActorRepository actors) {
        this.actors = actors;
    }

    public boolean exists(UUID actorId) {
        return actors.existsById(actorId);
    }

    public Actor require(UUID actorId) {
        return actors.findById(actorId).orElseThrow(ActorService::notFound);
    }

    /** The actors with these ids, in the order given; refuses if one does not exist (any more). */
    public List<Actor> requireAll(Collection<UUID> actorIds) {
        return actorIds.stream().map(this::require).toList();
    }
}
