package org.veritext.core.review;

import java.util.EnumSet;
import java.util.Set;
import org.veritext.core.DomainException;

/**
 * The allowed moves of the review workflow: draft → submitted → approved | changes requested (→ submitted again) |
 * rejected; a manager reopens an approved or rejected claim. Who may make each move is decided by
 * {@code org.veritext.core.access.Access}; this type says only from where to where.
 */
public enum ReviewMove {
    SUBMIT("Submit for review", ReviewState.SUBMITTED, false, ReviewState.DRAFT, ReviewState.CHANGES_REQUESTED),
    APPROVE("Approve", ReviewState.APPROVED, false, ReviewState.SUBMITTED),
    REQUEST_CHANGES("Request changes", ReviewState.CHANGES_REQUESTED, true, ReviewState.SUBMITTED),
    REJECT("Reject", ReviewState.REJECTED, true, ReviewState.SUBMITTED),
    REOPEN("Reopen", ReviewState.DRAFT, false, ReviewState.APPROVED, ReviewState.REJECTED);

    private final String label;
    private final ReviewState to;
    private final boolean needsComment;
    private final Set<ReviewState> from;

    ReviewMove(String label, ReviewState to, boolean needsComment, ReviewState first, ReviewState... more) {
        this.label = label;
        this.to = to;
        this.needsComment = needsComment;
        this.from = EnumSet.of(first, more);
    }

    public String label() {
        return label;
    }

    public ReviewState to() {
        return to;
    }

    /** Requesting changes and rejecting must say why: the annotator has to know what to do. */
    public boolean needsComment() {
        return needsComment;
    }

    public boolean isAllowedFrom(ReviewState state) {
        return from.contains(state);
    }

    /** Whether this move is a reviewer's decision on someone else's work (four eyes apply). */
    public boolean isDecision() {
        return this == APPROVE || this == REQUEST_CHANGES || this == REJECT;
    }

    /** The state after this move from {@code state}; a move not allowed from there is refused, saying why. */
    public ReviewState from(ReviewState state) {
        if (!isAllowedFrom(state)) {
            throw new DomainException("A claim that is " + state.label().toLowerCase(java.util.Locale.ROOT)
                    + " cannot be " + pastTense() + ". It can be " + allowedFromText(state) + ".");
        }
        return to;
    }

    private String pastTense() {
        return switch (this) {
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case REQUEST_CHANGES -> "sent back for changes";
            case REJECT -> "rejected";
            case REOPEN -> "reopened";
        };
    }

    private static String allowedFromText(ReviewState state) {
        StringBuilder text = new StringBuilder();
        for (ReviewMove move : values()) {
            if (move.isAllowedFrom(state)) {
                text.append(text.isEmpty() ? "" : " or ").append(move.pastTense());
            }
        }
        return text.isEmpty() ? "left as it is" : text.toString();
    }
}
