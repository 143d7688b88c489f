package org.veritext.app.ui.article;

import java.util.Optional;
import org.veritext.core.claim.ClaimDetails;

/**
 * The claim the editor shows, as the parts of the editor that change it otherwise than by saving the form (review
 * moves, asking a reviewer, restoring) see it. They act on the version shown, never on one the user has not seen.
 */
interface ShownClaim {

    /**
     * The claim as saved, to act on. Empty if the user's unsaved changes stand in the way: with {@code saveFirst}
     * they are saved first (empty if that did not work), otherwise he is told to save or discard them.
     *
     * @param doing what is about to happen, for the message: "approve", "restore"
     */
    Optional<ClaimDetails> asSaved(String doing, boolean saveFirst);

    /** The claim was changed here: show it everywhere. */
    void changed(ClaimDetails claim);

    /** The claim had been changed by someone else, so nothing was done: show what changed. */
    void changedMeanwhile();
}
