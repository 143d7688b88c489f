package org.veritext.core.actor;

import java.util.UUID;

/** An actor as a link shows it: who, and what kind. */
public record ActorRef(UUID id, String name, ActorType type) {

    public static ActorRef of(Actor actor) {
        return new ActorRef(actor.getId(), actor.getName(), actor.getType());
    }
}
