package org.veritext.search.index;

import org.springframework.stereotype.Service;
import org.veritext.core.user.CurrentUser;
import org.veritext.search.index.ClaimIndexer.RebuildReport;

/** The admin's door to the search index: how it stands, and rebuilding it from the database. */
@Service
public class SearchIndexAdministration {

    private final ClaimIndex index;
    private final ClaimIndexer indexer;
    private final CurrentUser currentUser;

    SearchIndexAdministration(ClaimIndex index, ClaimIndexer indexer, CurrentUser currentUser) {
        this.index = index;
        this.indexer = indexer;
        this.currentUser = currentUser;
    }

    public IndexStatus status() {
        currentUser.requireAdmin();
        return new IndexStatus(index.path().toString(), index.documentCount());
    }

    public RebuildReport rebuild() {
        currentUser.requireAdmin();
        return indexer.rebuild();
    }

    public record IndexStatus(String path, int claims) {
    }
}
