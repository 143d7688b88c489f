package org.veritext.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.search.SearchProperties;
import org.veritext.search.index.ClaimIndex.RebuildProgress;

/**
 * A claim index in a folder of its own, filled the way {@link ClaimIndexer} rebuilds one (same generations, same
 * documents, vectors computed per batch), from claims that need no database: for benchmarks on other data.
 */
public final class ScratchIndex {

    /** As many claims per batch as a rebuild writes. */
    public static final int BATCH_SIZE = 1000;

    private ScratchIndex() {
    }

    /** A new index in {@code folder} holding {@code claims}, live and committed; destroy it when done. */
    public static ClaimIndex build(Path folder, List<ClaimDigest> claims, ClaimVectors vectors) throws IOException {
        ClaimIndex index = new ClaimIndex(new SearchProperties(folder));
        IndexGeneration next = index.startGeneration(new RebuildProgress(0, claims.size(), Instant.now()));
        for (int from = 0; from < claims.size(); from += BATCH_SIZE) {
            next.add(claims.subList(from, Math.min(claims.size(), from + BATCH_SIZE)), vectors);
        }
        next.refresh(0);
        next.commit();
        index.swapIn(next);
        return index;
    }
}
