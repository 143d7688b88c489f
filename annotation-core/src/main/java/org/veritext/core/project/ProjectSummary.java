package org.veritext.core.project;

import java.util.UUID;

/**
 * A project in a list: its name, the signed-in user's role in it (null for an admin who manages it without being
 * a member), and how big it is.
 */
public record ProjectSummary(UUID id, String name, String description, ProjectRole myRole, long members,
                             long articles, long version) {

    public boolean isMember() {
        return myRole != null;
    }
}
