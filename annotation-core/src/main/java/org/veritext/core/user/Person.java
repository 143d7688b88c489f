package org.veritext.core.user;

import java.util.UUID;

/** A user as others see him next to his work: id for links and checks, a name to show. */
public record Person(UUID id, String username, String displayName) {

    public static Person of(UserAccount account) {
        return new Person(account.getId(), account.getUsername(), account.getDisplayName());
    }

    /** The name to show: the display name, or the username if there is none. */
    public String name() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
