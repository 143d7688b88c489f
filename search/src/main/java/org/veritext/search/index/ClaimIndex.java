package org.veritext.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.search.SearchProperties;

/**
 * The claim index on disk: one {@link IndexWriter}, one near-real-time {@link SearcherManager}, closed in that
 * reverse order. Every change is committed and made visible before the method returns, so a saved claim is
 * searchable at once and survives a restart.
 *
 * <p>An index that is missing, damaged or of another schema version is started empty and reports
 * {@link #startedEmpty()}; {@link ClaimIndexer} then rebuilds it from the database, the source of truth.
 */
@Component
public class ClaimIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClaimIndex.class);
    private static final String SCHEMA_KEY = "veritext.schema";

    private final Path path;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean startedEmpty;

    ClaimIndex(SearchProperties properties) throws IOException {
        this.path = properties.indexDir().toAbsolutePath().normalize();
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        String unusable = whyUnusable(directory);
        if (unusable != null) {
            log.warn("Search index at {} {}: starting it afresh, to be rebuilt from the database", path, unusable);
            wipe(directory);
        }
        this.startedEmpty = unusable != null;
        this.writer = openWriter(directory, path, startedEmpty ? OpenMode.CREATE : OpenMode.APPEND);
        this.searchers = new SearcherManager(writer, null);
        if (startedEmpty) {
            commitAndRefresh();
        }
    }

    /** True if the index was missing, damaged or of another schema at start, and so holds nothing yet. */
    public boolean startedEmpty() {
        return startedEmpty;
    }

    public Path path() {
        return path;
    }

    void put(ClaimDigest claim) {
        write(() -> writer.updateDocument(ClaimFields.idTerm(claim.claimId()), ClaimFields.toDocument(claim)));
        commitAndRefresh();
    }

    void remove(UUID claimId) {
        write(() -> writer.deleteDocuments(ClaimFields.idTerm(claimId)));
        commitAndRefresh();
    }

    /** Empties the index without making that visible; {@link #addAll} and {@link #commitAndRefresh} follow. */
    void clear() {
        write(writer::deleteAll);
    }

    void addAll(List<ClaimDigest> claims) {
        write(() -> writer.addDocuments(claims.stream().map(ClaimFields::toDocument).toList()));
    }

    void commitAndRefresh() {
        write(() -> {
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, ClaimFields.SCHEMA_VERSION).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    /** Runs {@code search} on the newest searcher and releases it afterwards, whatever happens. */
    public <T> T withSearcher(Function<IndexSearcher, T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the search index at " + path + " failed", e);
        }
    }

    public int documentCount() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public void destroy() throws IOException {
        try (directory; writer; searchers) {
            log.debug("Closing search index at {}", path);
        }
    }

    private static String whyUnusable(FSDirectory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return "does not exist";
            }
            String schema = SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY);
            if (!ClaimFields.SCHEMA_VERSION.equals(schema)) {
                return "has schema version " + schema + ", not " + ClaimFields.SCHEMA_VERSION;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                reader.numDocs();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
    }

    private static void wipe(FSDirectory directory) throws IOException {
        for (String file : directory.listAll()) {
            directory.deleteFile(file);
        }
    }

    private static IndexWriter openWriter(FSDirectory directory, Path path, OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new ClaimAnalyzer()).setOpenMode(mode);
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("The search index at " + path + " is in use by another Veritext process. "
                    + "Give each process its own veritext.data-dir.", e);
        }
    }

    private void write(IndexOperation operation) {
        try {
            operation.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the search index at " + path + " failed", e);
        }
    }

    @FunctionalInterface
    private interface IndexOperation {
        void run() throws IOException;
    }
}
