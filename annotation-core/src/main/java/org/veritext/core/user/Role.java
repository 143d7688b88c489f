package org.veritext.core.user;

/**
 * What a user may do across Veritext. Every signed-in user may read and search; annotators and reviewers import
 * articles and annotate claims; admins also look after users and the search index. (Project roles and the
 * four-eyes review come later and narrow this per project.)
 */
public enum Role {
    ANNOTATOR,
    REVIEWER,
    ADMIN;

    /** The Spring Security authority for this role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
