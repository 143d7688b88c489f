package org.veritext.core.actor;

import org.veritext.core.user.SignedInUser;

/**
 * What refers to actors elsewhere in the domain (claims' links, events' participants, mentions): each package that
 * holds such references implements this, so that a merge can move them all without the actor package knowing those
 * packages. Each records its own changes in the change log.
 */
public interface ActorReferences {

    /** Makes everything that referred to {@code absorbed} refer to {@code kept}, as {@code by}. */
    void moveReferences(Actor absorbed, Actor kept, SignedInUser by);
}
