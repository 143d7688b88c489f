package org.veritext.core.actor;

import org.veritext.core.text.LengthLimit;

/**
 * How long each field of an actor may be, once normalised; each matches its database column. Public so that the
 * actor form can warn while the user is still typing, with the same words as the refusal on saving.
 */
public final class ActorLimits {

    public static final LengthLimit NAME = new LengthLimit("The name", 200, "Put other spellings into the aliases.");
    public static final LengthLimit ALIAS = new LengthLimit("An alias", 200, "Shorten it.");
    public static final LengthLimit DESCRIPTION = new LengthLimit("The description", 2000,
            "Keep it to a few sentences.");

    private ActorLimits() {
    }
}
