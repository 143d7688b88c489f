package org.veritext.core.notification;

/** Why someone's bell rings. Stored by name: never rename a constant. */
public enum NotificationKind {
    /** Someone wrote @username in a comment. */
    MENTIONED,
    /** Someone answered a comment of yours, or commented on a claim you made. */
    COMMENTED,
    /** A claim waits for your review (you were asked, or it was submitted in an article you review). */
    REVIEW_REQUESTED,
    /** A reviewer decided on a claim you made or edited: approved, changes requested, rejected. */
    REVIEWED,
    /** A manager reopened a claim you made. */
    REOPENED,
    /** A manager asked you to annotate or review an article. */
    ASSIGNED
}
