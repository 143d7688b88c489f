package org.veritext.core.changes;

import java.util.List;

/**
 * Something kept in step with the change log: the search index, the open browsers. {@link ChangeFollowers} runs
 * each follower on a thread of its own and hands it every committed change, in order, exactly from where it says
 * it stands: a follower that stores its position durably resumes there after a restart or a crash.
 */
public interface ChangeFollower {

    /** A short name for the logs and the admin view. */
    String name();

    /** The position of the last change already applied; asked once, when following starts. */
    long startPosition();

    /**
     * Applies changes, oldest first, right after the ones applied before. If it throws, the same changes are
     * handed again later: nothing is skipped.
     */
    void apply(List<Change> changes) throws Exception;

    /** Called when the follower has caught up and waits for more: a moment for housekeeping (say, a commit). */
    default void caughtUp() throws Exception {
    }
}
