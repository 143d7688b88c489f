package org.veritext.core.user;

import java.util.UUID;

/**
 * Who is calling a service right now, as far as permission checks need to know: his account, and whether he is an
 * admin (who looks after users, projects and the search index). What he may do with content depends on his role in
 * each project: see {@code org.veritext.core.access.Access}.
 */
public record SignedInUser(UUID id, String username, boolean admin) {

    public boolean isAdmin() {
        return admin;
    }
}
