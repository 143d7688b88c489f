package org.veritext.app.ui.common;

import java.util.Optional;
import java.util.UUID;

/** Ids from addresses and browser events, which anyone can type or forge: a malformed one is simply no id. */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
