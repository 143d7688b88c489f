package org.veritext.core.discussion;

/** A plain comment, or the note that goes with a review decision. Stored by name: never rename a constant. */
public enum CommentKind {
    COMMENT,
    CHANGES_REQUESTED,
    REJECTED,
    APPROVED,
    REOPENED
}
