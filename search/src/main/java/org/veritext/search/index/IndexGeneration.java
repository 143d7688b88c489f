package org.veritext.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veritext.core.article.ArticleDigest;
import org.veritext.core.claim.ClaimDigest;

/**
 * One Lucene index of claims in a folder of its own: a writer, a near-real-time searcher manager, and the change-log
 * position it has applied. A rebuild writes a new generation beside the live one and swaps it in when done, so
 * searches never see a half-built index. A generation of an older schema can be opened read-only, to answer
 * searches while its successor is built.
 *
 * <p>Only the follower thread writes. The position goes into each Lucene commit's user data together with the
 * schema version: after a crash the generation knows exactly which changes it still has to apply.
 */
final class IndexGeneration implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexGeneration.class);

    static final String SCHEMA_KEY = "veritext.schema";
    static final String POSITION_KEY = "veritext.position";

    private final Path path;
    private final FSDirectory directory;
    private final IndexWriter writer; // null when opened read-only
    private final SearcherManager searchers;
    /** Searchers kept for paging sessions: every page of one search comes from the same point in time. */
    private final SearcherLifetimeManager sessions = new SearcherLifetimeManager();
    private volatile long appliedPosition;
    private volatile long committedPosition;
    private volatile Instant lastCommit;
    private volatile boolean uncommittedChanges;

    private IndexGeneration(Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers,
                            long position, Instant lastCommit) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.appliedPosition = position;
        this.committedPosition = position;
        this.lastCommit = lastCommit;
    }

    /**
     * A new, empty generation of the current schema in {@code path}, which must not hold an index yet. It is not
     * committed until its builder commits it, complete: a generation left half-built by a crash has no commit, so
     * the next start deletes it instead of taking it for an index that reflects the log up to position 0.
     */
    static IndexGeneration create(Path path) throws IOException {
        Files.createDirectories(path);
        FSDirectory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, config(OpenMode.CREATE));
        return new IndexGeneration(path, directory, writer, new SearcherManager(writer, null), 0, null);
    }

    /** The generation in {@code path}, for writing; it must be of the current schema. */
    static IndexGeneration openForWriting(Path path, Facts facts) throws IOException {
        FSDirectory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, config(OpenMode.APPEND));
        return new IndexGeneration(path, directory, writer, new SearcherManager(writer, null), facts.position(),
                facts.committedAt());
    }

    /** The generation in {@code path}, only for searching (an older schema, answering while a rebuild runs). */
    static IndexGeneration openForReading(Path path, Facts facts) throws IOException {
        FSDirectory directory = FSDirectory.open(path);
        return new IndexGeneration(path, directory, null, new SearcherManager(DirectoryReader.open(directory), null),
                facts.position(), facts.committedAt());
    }

    /** What the last commit in {@code path} says about itself, or null if there is no readable index there. */
    static Facts readFacts(Path path) {
        try (FSDirectory directory = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            Map<String, String> data = commit.getUserData();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                reader.numDocs(); // opening every segment is the check that the files are whole
            }
            String position = data.get(POSITION_KEY);
            Path segments = path.resolve(commit.getSegmentsFileName());
            return new Facts(data.get(SCHEMA_KEY), position == null ? 0 : Long.parseLong(position),
                    Files.getLastModifiedTime(segments).toInstant());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    Path path() {
        return path;
    }

    boolean isWritable() {
        return writer != null;
    }

    SearcherManager searchers() {
        return searchers;
    }

    SearcherLifetimeManager sessions() {
        return sessions;
    }

    long appliedPosition() {
        return appliedPosition;
    }

    long committedPosition() {
        return committedPosition;
    }

    Instant lastCommit() {
        return lastCommit;
    }

    int documentCount() {
        try {
            var searcher = searchers.acquire();
            try {
                return ClaimFields.claimCount(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces claims and removes others, not yet visible to searches. */
    void update(Collection<ClaimDigest> current, Collection<UUID> removed) throws IOException {
        update(current, removed, ClaimVectors.NONE);
    }

    /** Adds or replaces claims, each with its vector, and removes others, not yet visible to searches. */
    void update(Collection<ClaimDigest> current, Collection<UUID> removed, ClaimVectors vectors) throws IOException {
        List<ClaimDigest> claims = List.copyOf(current);
        List<float[]> vectorList = claims.isEmpty() ? List.of() : vectors.of(claims);
        for (int i = 0; i < claims.size(); i++) {
            ClaimDigest claim = claims.get(i);
            writer.updateDocument(ClaimFields.idTerm(claim.claimId()), ClaimFields.toDocument(claim, vectorList.get(i)));
        }
        for (UUID claimId : removed) {
            writer.deleteDocuments(ClaimFields.idTerm(claimId));
        }
        uncommittedChanges |= !current.isEmpty() || !removed.isEmpty();
    }

    /** Adds claims known not to be in the index yet (a rebuild). */
    void add(Collection<ClaimDigest> claims) throws IOException {
        add(claims, ClaimVectors.NONE);
    }

    /** Adds claims known not to be in the index yet (a rebuild), each with its vector. */
    void add(Collection<ClaimDigest> claims, ClaimVectors vectors) throws IOException {
        List<ClaimDigest> batch = List.copyOf(claims);
        List<float[]> vectorList = batch.isEmpty() ? List.of() : vectors.of(batch);
        List<Document> documents = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            documents.add(ClaimFields.toDocument(batch.get(i), vectorList.get(i)));
        }
        writer.addDocuments(documents);
        uncommittedChanges = true;
    }

    /**
     * Adds or replaces the documents of articles (not those of their claims), not yet visible to searches. An
     * article Lucene refuses is left out and logged: finding articles by their text must never stop the claims'
     * index from following the change log.
     */
    void putArticles(Collection<ArticleDigest> articles) throws IOException {
        for (ArticleDigest article : articles) {
            try {
                writer.updateDocument(ArticleFields.idTerm(article.articleId()), ArticleFields.toDocument(article));
                uncommittedChanges = true;
            } catch (IllegalArgumentException refused) {
                log.error("The search index refused article {}; it cannot be found by its text", article.articleId(),
                        refused);
            }
        }
    }

    /** Makes everything written so far visible to searches, as of change-log position {@code position}. */
    void refresh(long position) throws IOException {
        searchers.maybeRefreshBlocking();
        if (position > appliedPosition) { // a rebuild may have got further than a batch read before it
            appliedPosition = position;
            uncommittedChanges = true;
        }
    }

    boolean hasUncommittedChanges() {
        return uncommittedChanges;
    }

    /** Makes what was written durable, with the position it reflects. */
    void commit() throws IOException {
        long position = appliedPosition;
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, ClaimFields.SCHEMA_VERSION,
                POSITION_KEY, Long.toString(position)).entrySet());
        writer.commit();
        committedPosition = position;
        lastCommit = Instant.now();
        uncommittedChanges = false;
    }

    @Override
    public void close() throws IOException {
        try (directory; searchers; sessions) {
            if (writer != null) {
                if (uncommittedChanges) {
                    commit();
                }
                writer.close();
            }
        }
    }

    /** Closes this generation and deletes its folder. */
    void closeAndDelete() throws IOException {
        try (directory; searchers; sessions) {
            if (writer != null) {
                writer.rollback();
            }
        }
        deleteTree(path);
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }

    private static IndexWriterConfig config(OpenMode mode) {
        // A larger buffer than Lucene's 16 MB: a rebuild then writes fewer, larger segments and merges less.
        return new IndexWriterConfig(new ClaimAnalyzer()).setOpenMode(mode).setRAMBufferSizeMB(64);
    }

    /** What a generation's last commit says: its schema, the change-log position it reflects, and when. */
    record Facts(String schema, long position, Instant committedAt) {

        boolean isCurrentSchema() {
            return ClaimFields.SCHEMA_VERSION.equals(schema);
        }
    }
}
