package org.veritext.core.user;

/** Who is calling a service right now, as far as permission checks need to know. */
public record SignedInUser(String username, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
