package org.veritext.search.index;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.FieldInfos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.veritext.core.changes.Change;
import org.veritext.core.changes.ChangeFollower;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.changes.ChangeSignal;
import org.veritext.core.article.ArticleDigest;
import org.veritext.core.article.ArticleDigests;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.core.claim.ClaimDigests;
import org.veritext.search.index.ClaimIndex.RebuildProgress;

/**
 * Keeps the claim index in step with the database by following the change log. For each batch of changes it
 * re-reads the affected claims as committed now (so applying a change twice does no harm), writes them, and makes
 * them visible at once (near-real-time reopen). It commits to disk on a cadence, not per save: at most every
 * {@link #COMMIT_INTERVAL}, with the change-log position in the commit, so after a crash it re-applies exactly the
 * changes after its last commit.
 *
 * <p>Rebuilds run on the same thread, into a new generation swapped in when complete: at start when there is no
 * index of the current schema (or, with {@link ClaimVectors} enabled, one without any vectors), and when an admin
 * asks.
 *
 * <p>Each claim's vector ({@link ClaimVectors}) is computed here, per batch, on this thread: never in the save.
 */
@Component
public class ClaimIndexer implements ChangeFollower {

    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    private static final int REBUILD_BATCH_SIZE = 1000;
    /** Articles are read a few at a time: each holds its whole text, up to millions of characters. */
    private static final int ARTICLE_BATCH_SIZE = 10;
    private static final Logger log = LoggerFactory.getLogger(ClaimIndexer.class);

    private final ClaimIndex index;
    private final ClaimDigests claims;
    private final ArticleDigests articles;
    private final ChangeLog changeLog;
    private final ChangeSignal signal;
    private final ClaimVectors vectors;
    /** Completed when the requested rebuild is done; null when none is requested. */
    private final AtomicReference<CompletableFuture<Void>> rebuildRequested = new AtomicReference<>();

    ClaimIndexer(ClaimIndex index, ClaimDigests claims, ArticleDigests articles, ChangeLog changeLog,
                 ChangeSignal signal) {
        this(index, claims, articles, changeLog, signal, ClaimVectors.NONE);
    }

    @Autowired
    ClaimIndexer(ClaimIndex index, ClaimDigests claims, ArticleDigests articles, ChangeLog changeLog,
                 ChangeSignal signal, ClaimVectors vectors) {
        this.index = index;
        this.claims = claims;
        this.articles = articles;
        this.changeLog = changeLog;
        this.signal = signal;
        this.vectors = vectors;
    }

    @Override
    public String name() {
        return "search-index";
    }

    /** Builds the index first if there is none of the current schema; then follows from where it stands. */
    @Override
    public long startPosition() {
        if (index.needsRebuild() || vectors.enabled() && lacksVectors(index)) {
            rebuildNow();
        }
        return index.live().appliedPosition();
    }

    @Override
    public void apply(List<Change> changes) throws IOException {
        rebuildIfRequested();
        Set<UUID> claimIds = new LinkedHashSet<>();
        Set<UUID> importedArticles = new LinkedHashSet<>();
        for (Change change : changes) {
            switch (change.subjectType()) {
                case CLAIM -> claimIds.add(change.subjectId());
                // A claim's document holds its actors' names and its events' titles: renaming one re-indexes them.
                case ACTOR -> claimIds.addAll(claims.linkedToActor(change.subjectId()));
                case EVENT -> claimIds.addAll(claims.linkedToEvent(change.subjectId()));
                // Articles are immutable once imported: their document is written once.
                case ARTICLE -> {
                    if (change.kind() == ChangeKind.ARTICLE_IMPORTED) {
                        importedArticles.add(change.subjectId());
                    }
                }
                default -> {
                    // Mentions are not indexed.
                }
            }
        }
        IndexGeneration live = index.live();
        if (!importedArticles.isEmpty()) {
            live.putArticles(articles.find(importedArticles).values());
        }
        Map<UUID, ClaimDigest> current = claims.find(claimIds);
        Set<UUID> removed = new HashSet<>(claimIds);
        removed.removeAll(current.keySet());
        live.update(current.values(), removed, vectors);
        live.refresh(changes.getLast().position());
        index.announceVisible();
        commitIfDue(live);
    }

    @Override
    public void caughtUp() throws IOException {
        rebuildIfRequested();
        commitIfDue(index.live());
    }

    /**
     * Asks for a rebuild; the follower does it next, while searches keep using the current index.
     *
     * @return completed when the new index is live (a second request before then shares the first one's)
     */
    public CompletableFuture<Void> requestRebuild() {
        CompletableFuture<Void> request = rebuildRequested.updateAndGet(
                pending -> pending != null ? pending : new CompletableFuture<>());
        signal.wakeUp();
        return request;
    }

    private void rebuildIfRequested() {
        CompletableFuture<Void> request = rebuildRequested.getAndSet(null);
        if (request != null) {
            try {
                rebuildNow();
                request.complete(null);
            } catch (RuntimeException e) {
                request.completeExceptionally(e);
                throw e;
            }
        }
    }

    private void commitIfDue(IndexGeneration live) throws IOException {
        Instant lastCommit = live.lastCommit();
        if (live.hasUncommittedChanges()
                && (lastCommit == null || Duration.between(lastCommit, Instant.now()).compareTo(COMMIT_INTERVAL) >= 0)) {
            live.commit();
        }
    }

    /** True if the index holds claims but not one vector: it was built while vectors were switched off. */
    private static boolean lacksVectors(ClaimIndex index) {
        return index.withSearcher(searcher -> ClaimFields.claimCount(searcher) > 0
                && FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(ClaimFields.VECTOR) == null);
    }

    /**
     * Builds a new generation from every claim in the database and swaps it in. It reflects at least every change
     * up to the log's head when it started, so following resumes from there (changes after it that the snapshot
     * already saw are applied again, which is harmless).
     */
    private void rebuildNow() {
        long started = System.nanoTime();
        RebuildProgress progress = new RebuildProgress(0, claims.count(), Instant.now());
        IndexGeneration next;
        try {
            next = index.startGeneration(progress);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a new search index generation in " + index.path(), e);
        }
        try {
            long from = changeLog.head();
            RebuildProgress[] done = {progress};
            ReadAhead.<ClaimDigest>forEachBatch("search-index-rebuild-reading",
                    reading -> claims.forEachBatch(REBUILD_BATCH_SIZE, reading), batch -> {
                        next.add(batch, vectors);
                        done[0] = done[0].plus(batch.size());
                        index.progress(done[0]);
                    });
            ReadAhead.<ArticleDigest>forEachBatch("search-index-rebuild-reading",
                    reading -> articles.forEachBatch(ARTICLE_BATCH_SIZE, reading), next::putArticles);
            next.refresh(from);
            next.commit();
            index.swapIn(next);
            log.info("Search index rebuilt: {} claims in {} ms, at change {}", done[0].done(),
                    (System.nanoTime() - started) / 1_000_000, from);
        } catch (IOException | RuntimeException e) {
            index.abandon(next);
            throw new IllegalStateException("Rebuilding the search index failed", e);
        }
    }
}
