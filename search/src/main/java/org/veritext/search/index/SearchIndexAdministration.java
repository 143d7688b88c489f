package org.veritext.search.index;

import org.springframework.stereotype.Service;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.user.CurrentUser;

/** The admin's door to the search index: how it stands against the change log, and rebuilding it. */
@Service
public class SearchIndexAdministration {

    private final ClaimIndex index;
    private final ClaimIndexer indexer;
    private final ChangeLog changeLog;
    private final CurrentUser currentUser;

    SearchIndexAdministration(ClaimIndex index, ClaimIndexer indexer, ChangeLog changeLog, CurrentUser currentUser) {
        this.index = index;
        this.indexer = indexer;
        this.changeLog = changeLog;
        this.currentUser = currentUser;
    }

    public Status status() {
        currentUser.requireAdmin();
        return new Status(index.status(), changeLog.head());
    }

    /** Starts a rebuild from the database; searches use the current index until the new one is complete. */
    public void rebuild() {
        currentUser.requireAdmin();
        indexer.requestRebuild();
    }

    /**
     * The index and the change log side by side.
     *
     * @param logHead the newest change in the log; the index is {@link #behind()} that many changes behind it
     */
    public record Status(ClaimIndex.IndexStatus index, long logHead) {

        public long behind() {
            return index.appliedPosition() < 0 ? logHead : Math.max(0, logHead - index.appliedPosition());
        }
    }
}
