package org.veritext.core.event;

import org.veritext.core.text.LengthLimit;

/**
 * How long each field of an event may be, once normalised; each matches its database column. Public so that the
 * event form can warn while the user is still typing, with the same words as the refusal on saving.
 */
public final class EventLimits {

    public static final LengthLimit TITLE = new LengthLimit("The title", 300, "Shorten it.");
    public static final LengthLimit PLACE = new LengthLimit("The place", 200, "Shorten it.");
    public static final LengthLimit DESCRIPTION = new LengthLimit("The description", 2000,
            "Keep it to a few sentences.");
    public static final LengthLimit ROLE = new LengthLimit("A participant's role", 100, "Shorten it.");

    private EventLimits() {
    }
}
