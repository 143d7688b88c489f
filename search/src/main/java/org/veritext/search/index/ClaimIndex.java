package org.veritext.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NativeFSLockFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.veritext.search.SearchProperties;

/**
 * The claim index of this node: a folder holding one live {@link IndexGeneration} (and, during a rebuild, the one
 * being built). It is derived data, kept in step with the database by {@link ClaimIndexer}, a follower of the
 * change log, and rebuilt from the database when it is missing, damaged or of an older schema. While a rebuild
 * runs, searches use the old generation if there is a readable one; if there is none they are told the index is
 * being built, never that nothing matches.
 *
 * <p>Each node has its own index folder, locked for the life of the process.
 */
@Component
public class ClaimIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClaimIndex.class);
    private static final String GENERATION_PREFIX = "gen-";
    private static final String NODE_LOCK = "veritext-node.lock";
    /** How long the searcher of a paging session is kept after it was superseded. */
    static final Duration SESSION_AGE = Duration.ofMinutes(5);

    private final Path root;
    private final FSDirectory rootDirectory;
    private final Lock nodeLock;
    private final ReentrantLock visibility = new ReentrantLock();
    private final Condition becameVisible = visibility.newCondition();
    private volatile IndexGeneration live;
    private volatile IndexGeneration stale;
    private volatile RebuildProgress rebuild;

    ClaimIndex(SearchProperties properties) throws IOException {
        this.root = properties.indexDir().toAbsolutePath().normalize();
        Files.createDirectories(root);
        this.rootDirectory = FSDirectory.open(root);
        try {
            this.nodeLock = NativeFSLockFactory.INSTANCE.obtainLock(rootDirectory, NODE_LOCK);
        } catch (LockObtainFailedException e) {
            rootDirectory.close();
            throw new IllegalStateException("The search index at " + root + " is in use by another Veritext process. "
                    + "Give each process (each node) its own veritext.search.index-dir.", e);
        }
        openNewestGeneration();
    }

    /** True if there is no live generation of the current schema: {@link ClaimIndexer} builds one first. */
    boolean needsRebuild() {
        return live == null;
    }

    /** The generation that takes changes; null until the first build is done. */
    IndexGeneration live() {
        return live;
    }

    public Path path() {
        return root;
    }

    /**
     * Runs {@code search} on the newest searcher and releases it afterwards, whatever happens.
     *
     * @throws IndexNotReadyException while the first build runs and there is no older index to search
     */
    public <T> T withSearcher(Function<IndexSearcher, T> search) {
        for (int attempt = 0; ; attempt++) {
            IndexGeneration generation = live != null ? live : stale;
            if (generation == null) {
                throw new IndexNotReadyException(rebuild);
            }
            try {
                IndexSearcher searcher = generation.searchers().acquire();
                try {
                    if (generation != live && lacksProjects(searcher)) {
                        // An index from before projects: every search is filtered by project, so it would answer
                        // "nothing matches" to everyone. Say that the index is being built instead.
                        throw new IndexNotReadyException(rebuild);
                    }
                    return search.apply(searcher);
                } finally {
                    generation.searchers().release(searcher);
                }
            } catch (AlreadyClosedException swappedWhileSearching) {
                if (attempt > 0) {
                    throw swappedWhileSearching;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the search index at " + root + " failed", e);
            }
        }
    }

    /**
     * Runs {@code search} on the searcher of a paging session: the one {@code session} names if it is still kept (so
     * that the next page comes from the same point in time as the first, whatever was written since), else the
     * newest, which starts a new session. The function gets the searcher and its session's name, to hand back.
     * A session is kept {@link #SESSION_AGE} after it started; a later page starts afresh.
     */
    public <T> T withSession(String session, BiFunction<IndexSearcher, String, T> search) {
        IndexGeneration generation = live != null ? live : stale;
        if (generation == null) {
            throw new IndexNotReadyException(rebuild);
        }
        String prefix = generation.path().getFileName() + ":";
        if (session != null && session.startsWith(prefix)) {
            try {
                long version = Long.parseLong(session.substring(prefix.length()));
                IndexSearcher kept = generation.sessions().acquire(version);
                if (kept != null) {
                    try {
                        return search.apply(kept, session);
                    } finally {
                        generation.sessions().release(kept);
                    }
                }
            } catch (NumberFormatException | AlreadyClosedException | IOException notThisSession) {
                // falls through to a new session
            }
        }
        return withSearcher(searcher -> {
            try {
                long version = generation.sessions().record(searcher);
                generation.sessions().prune(new SearcherLifetimeManager.PruneByAge(SESSION_AGE.toSeconds()));
                return search.apply(searcher, prefix + version);
            } catch (IOException | AlreadyClosedException e) {
                return search.apply(searcher, null); // no session: this page is still right
            }
        });
    }

    /**
     * Waits until searches see every change up to {@code position}, at most {@code timeout}.
     *
     * @return true if they do
     */
    public boolean awaitVisible(long position, Duration timeout) {
        long nanos = timeout.toNanos();
        visibility.lock();
        try {
            while (visiblePosition() < position) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = becameVisible.awaitNanos(nanos);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            visibility.unlock();
        }
    }

    /** The change-log position searches reflect now. */
    public long visiblePosition() {
        IndexGeneration generation = live;
        return generation == null ? -1 : generation.appliedPosition();
    }

    public int documentCount() {
        IndexGeneration generation = live != null ? live : stale;
        return generation == null ? 0 : generation.documentCount();
    }

    public IndexStatus status() {
        IndexGeneration generation = live;
        return new IndexStatus(root.toString(), documentCount(),
                generation == null ? -1 : generation.appliedPosition(),
                generation == null ? -1 : generation.committedPosition(),
                generation == null ? null : generation.lastCommit(), rebuild);
    }

    /** Tells waiting searches that the live generation now shows changes up to its applied position. */
    void announceVisible() {
        visibility.lock();
        try {
            becameVisible.signalAll();
        } finally {
            visibility.unlock();
        }
    }

    /** Starts a new, empty generation beside the live one, to be filled and then {@link #swapIn swapped in}. */
    IndexGeneration startGeneration(RebuildProgress progress) throws IOException {
        this.rebuild = progress;
        Path path = root.resolve(GENERATION_PREFIX + System.currentTimeMillis());
        while (Files.exists(path)) {
            path = root.resolve(GENERATION_PREFIX + System.nanoTime());
        }
        return IndexGeneration.create(path);
    }

    /** Makes {@code next} the live generation; the previous one (and an old-schema one) is closed and deleted. */
    void swapIn(IndexGeneration next) throws IOException {
        IndexGeneration previous = live;
        IndexGeneration oldSchema = stale;
        live = next;
        stale = null;
        rebuild = null;
        announceVisible();
        for (IndexGeneration old : new IndexGeneration[] {previous, oldSchema}) {
            if (old != null && old.path().equals(root)) {
                old.close(); // an index of an earlier version, straight in the folder: its files go below
            } else if (old != null) {
                old.closeAndDelete();
            }
        }
        deleteLegacyFiles();
    }

    /** Drops a half-built generation (the rebuild failed); the live one stays. */
    void abandon(IndexGeneration next) {
        rebuild = null;
        try {
            next.closeAndDelete();
        } catch (IOException e) {
            log.warn("Could not delete the abandoned index generation {}", next.path(), e);
        }
    }

    @Override
    public void destroy() throws IOException {
        try (rootDirectory; nodeLock) {
            for (IndexGeneration generation : new IndexGeneration[] {live, stale}) {
                if (generation != null) {
                    generation.close();
                }
            }
        }
    }

    /**
     * Opens the newest readable generation: for writing if it has the current schema, for reading only if it is
     * older. Unreadable generations, and all but the newest, are deleted.
     */
    private void openNewestGeneration() throws IOException {
        List<Path> candidates = new ArrayList<>(generationFolders());
        if (IndexGeneration.readFacts(root) != null) {
            candidates.add(root); // an index written straight into the folder by an earlier version of Veritext
        }
        for (Path path : candidates) {
            IndexGeneration.Facts facts = live == null && stale == null ? IndexGeneration.readFacts(path) : null;
            if (facts != null && facts.isCurrentSchema() && !path.equals(root)) {
                live = IndexGeneration.openForWriting(path, facts);
                log.info("Search index at {}: {} claims, at change {}", path, live.documentCount(), facts.position());
            } else if (facts != null) {
                stale = IndexGeneration.openForReading(path, facts);
                log.warn("Search index at {} has schema {}, not {}: searching it until a new one is built",
                        path, facts.schema(), ClaimFields.SCHEMA_VERSION);
            } else if (!path.equals(root)) {
                log.warn("Search index generation {} is unreadable or superseded: deleting it", path);
                IndexGeneration.deleteTree(path);
            }
        }
        if (live == null && stale == null) {
            log.warn("No usable search index at {}: building one from the database", root);
        }
    }

    /** Generation folders, newest first. */
    private List<Path> generationFolders() throws IOException {
        try (Stream<Path> paths = Files.list(root)) {
            return paths.filter(Files::isDirectory)
                    .filter(path -> path.getFileName().toString().startsWith(GENERATION_PREFIX))
                    .sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed())
                    .toList();
        }
    }

    /** Lucene files of an index kept straight in the folder by an earlier version, once it is superseded. */
    private void deleteLegacyFiles() throws IOException {
        try (Stream<Path> paths = Files.list(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals(NODE_LOCK)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** How far a rebuild has got: claims indexed of the claims there are. */
    public record RebuildProgress(long done, long total, Instant started) {

        RebuildProgress plus(long more) {
            return new RebuildProgress(done + more, total, started);
        }

        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        }
    }

    /** How the index stands, for the admin. */
    public record IndexStatus(String path, int claims, long appliedPosition, long committedPosition,
                              Instant lastCommit, RebuildProgress rebuild) {
    }

    /** Used by the rebuild to publish its progress. */
    void progress(RebuildProgress progress) {
        this.rebuild = progress;
    }

    private static boolean lacksProjects(IndexSearcher searcher) {
        return ClaimFields.claimCount(searcher) > 0
                && FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(ClaimFields.PROJECT_ID) == null;
    }
}
