package org.veritext.core.project;

/**
 * What a member does in a project. Stored by name: never rename a constant. What each role may do is decided in
 * one place, {@code org.veritext.core.access.Access}; the table is in docs/access.md.
 */
public enum ProjectRole {
    /** Imports articles, highlights and edits claims, submits them for review. */
    ANNOTATOR,
    /** Reviews claims others made: approves, rejects, requests changes. */
    REVIEWER,
    /** Does both, assigns work, reopens and restores claims, manages the project's members. */
    MANAGER;

    public String label() {
        return switch (this) {
            case ANNOTATOR -> "Annotator";
            case REVIEWER -> "Reviewer";
            case MANAGER -> "Manager";
        };
    }
}
