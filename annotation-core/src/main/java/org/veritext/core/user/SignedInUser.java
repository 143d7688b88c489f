package org.veritext.core.user;

import java.util.UUID;

/** Who is calling a service right now, as far as permission checks need to know. */
public record SignedInUser(UUID id, String username, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
