package org.veritext.core.actor;

import java.util.List;
import java.util.stream.Collectors;
import org.veritext.core.DomainException;

/**
 * A new actor's name (or an alias) probably means an actor that exists already: the user is offered those, and
 * creates the new one only if he confirms it is someone else.
 */
public class SimilarActorsException extends DomainException {

    private final List<ActorRef> similar;

    SimilarActorsException(List<ActorRef> similar) {
        super("There may already be such an actor: " + similar.stream()
                .map(actor -> actor.name() + " (" + actor.type().label().toLowerCase(java.util.Locale.ROOT) + ")")
                .collect(Collectors.joining(", ")) + ". Use it, or create a new one if this is someone else.");
        this.similar = List.copyOf(similar);
    }

    public List<ActorRef> similar() {
        return similar;
    }
}
