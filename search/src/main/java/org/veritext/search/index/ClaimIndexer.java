package org.veritext.search.index;

import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.veritext.core.claim.ClaimDeleted;
import org.veritext.core.claim.ClaimDigests;
import org.veritext.core.claim.ClaimSaved;

/**
 * Keeps the claim index in step with the database. It follows the domain's events only after their transaction
 * commits, so a rolled-back change never reaches the index, and it reads the claim as committed rather than
 * trusting the event, so that of two quick saves the later always wins.
 */
@Component
public class ClaimIndexer {

    private static final Logger log = LoggerFactory.getLogger(ClaimIndexer.class);
    private static final int REBUILD_BATCH_SIZE = 500;

    private final ClaimIndex index;
    private final ClaimDigests claims;
    /** Single claims are indexed under the read lock, a rebuild under the write lock, so neither undoes the other. */
    private final ReadWriteLock rebuildLock = new ReentrantReadWriteLock();
    /** Read-then-write of one claim must not interleave with another thread's for the same claim. */
    private final Lock[] claimLocks = IntStream.range(0, 64).mapToObj(i -> new ReentrantLock()).toArray(Lock[]::new);

    ClaimIndexer(ClaimIndex index, ClaimDigests claims) {
        this.index = index;
        this.claims = claims;
    }

    @TransactionalEventListener
    void on(ClaimSaved saved) {
        refresh(saved.claimId());
    }

    @TransactionalEventListener
    void on(ClaimDeleted deleted) {
        refresh(deleted.claimId());
    }

    /**
     * Brings the index in line after start: rebuilt when it was missing or damaged, or when it holds another number
     * of claims than the database (the process stopped between a commit and its indexing).
     */
    @EventListener(ApplicationReadyEvent.class)
    void catchUpAtStart() {
        long inDatabase = claims.count();
        if (index.startedEmpty() || index.documentCount() != inDatabase) {
            log.info("Search index holds {} claims, database {}: rebuilding", index.documentCount(), inDatabase);
            rebuild();
        }
    }

    /** Re-reads one claim from the database and indexes it, or removes it if it is gone. */
    public void refresh(UUID claimId) {
        Lock claimLock = claimLocks[Math.floorMod(claimId.hashCode(), claimLocks.length)];
        rebuildLock.readLock().lock();
        claimLock.lock();
        try {
            claims.find(claimId).ifPresentOrElse(index::put, () -> index.remove(claimId));
        } catch (RuntimeException e) {
            // The claim is saved: failing the user's request now would not undo that. Say so, loudly; a rebuild mends it.
            log.error("Could not index claim {}; the search may miss it until the index is rebuilt", claimId, e);
        } finally {
            claimLock.unlock();
            rebuildLock.readLock().unlock();
        }
    }

    /** Builds the index anew from every claim in the database; searches see the old index until it is done. */
    public RebuildReport rebuild() {
        long started = System.nanoTime();
        rebuildLock.writeLock().lock();
        try {
            index.clear();
            claims.forEachBatch(REBUILD_BATCH_SIZE, index::addAll);
            index.commitAndRefresh();
        } finally {
            rebuildLock.writeLock().unlock();
        }
        RebuildReport report = new RebuildReport(index.documentCount(), (System.nanoTime() - started) / 1_000_000);
        log.info("Search index rebuilt: {} claims in {} ms", report.claims(), report.millis());
        return report;
    }

    public record RebuildReport(int claims, long millis) {
    }
}
