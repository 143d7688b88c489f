package org.veritext.core.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.veritext.core.actor.Actor;

/** An actor taking part in an event, in a role ("host", "delegation", "mediator"). */
@Embeddable
public class Participant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    private Actor actor;

    @Column(nullable = false, length = 100)
    private String role;

    protected Participant() {
    }

    Participant(Actor actor, String role) {
        this.actor = actor;
        this.role = role;
    }

    public Actor getActor() {
        return actor;
    }

    public String getRole() {
        return role;
    }
}
