package org.veritext.core.access;

import org.veritext.core.review.ReviewMove;

/** Something a user may do to one claim; {@link Access#claimActions} says which, for the claim as it is now. */
public enum ClaimAction {
    EDIT(null),
    DELETE(null),
    COMMENT(null),
    RESTORE(null),
    ASSIGN_REVIEWER(null),
    SUBMIT(ReviewMove.SUBMIT),
    APPROVE(ReviewMove.APPROVE),
    REQUEST_CHANGES(ReviewMove.REQUEST_CHANGES),
    REJECT(ReviewMove.REJECT),
    REOPEN(ReviewMove.REOPEN);

    private final ReviewMove move;

    ClaimAction(ReviewMove move) {
        this.move = move;
    }

    /** The review move this action makes, or null if it is not one. */
    public ReviewMove move() {
        return move;
    }

    public static ClaimAction of(ReviewMove move) {
        for (ClaimAction action : values()) {
            if (action.move == move) {
                return action;
            }
        }
        throw new IllegalArgumentException("No action for " + move);
    }
}
