package org.veritext.core.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.veritext.core.actor.Actor;

/** A claim's link to an actor, in one role; a claim has any number, but each actor at most once per role. */
@Embeddable
public class ActorLink {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    private Actor actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActorRole role;

    protected ActorLink() {
    }

    ActorLink(Actor actor, ActorRole role) {
        this.actor = actor;
        this.role = role;
    }

    public Actor getActor() {
        return actor;
    }

    public ActorRole getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorLink link && link.actor.getId().equals(actor.getId()) && link.role == role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(actor.getId(), role);
    }
}
