package org.veritext.core.review;

/**
 * Where a claim stands in review. The moves between states are {@link ReviewMove}s; this type and that one are the
 * only place the workflow is written down. Stored by name: never rename a constant.
 */
public enum ReviewState {
    /** Being written; nobody was asked to review it yet. */
    DRAFT("Draft"),
    /** Waiting for a reviewer. */
    SUBMITTED("Submitted"),
    /** A reviewer agreed; read-only until a manager reopens it. */
    APPROVED("Approved"),
    /** A reviewer asked for changes (with a comment); back with the annotator. */
    CHANGES_REQUESTED("Changes requested"),
    /** A reviewer turned it down (with a comment); read-only until a manager reopens it. */
    REJECTED("Rejected");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the claim's content may be changed in this state: not once a reviewer decided for good. */
    public boolean isEditable() {
        return this != APPROVED && this != REJECTED;
    }
}
