package org.veritext.app.changelog.crash;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.document.Document;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.veritext.search.index.ArticleFields;
import org.veritext.search.index.ClaimFields;

/**
 * A search index folder as a node left it, read with plain Lucene from outside the application: the newest
 * generation's last commit, what it holds, and what Lucene's CheckIndex says of it.
 */
final class IndexFolder {

    /** The commit user data key under which the index keeps the change-log position it reflects. */
    static final String POSITION = "veritext.position";

    private final Path generation;

    private IndexFolder(Path generation) {
        this.generation = generation;
    }

    /** The newest generation ({@code gen-*}) in the node's index folder, as the application picks it at start. */
    static IndexFolder newestIn(Path indexDir) throws IOException {
        try (Stream<Path> folders = Files.list(indexDir)) {
            return new IndexFolder(folders.filter(Files::isDirectory)
                    .filter(folder -> folder.getFileName().toString().startsWith("gen-"))
                    .max(Comparator.comparing(folder -> folder.getFileName().toString()))
                    .orElseThrow(() -> new NoSuchFileException(indexDir.resolve("gen-*").toString())));
        }
    }

    Path path() {
        return generation;
    }

    /** The change-log position recorded in the last commit. */
    long committedPosition() throws IOException {
        try (FSDirectory directory = FSDirectory.open(generation)) {
            return Long.parseLong(SegmentInfos.readLatestCommit(directory).getUserData().get(POSITION));
        }
    }

    /** Every claim in the last commit, by id; fails on a claim indexed twice. */
    Map<UUID, IndexedClaim> claims() throws IOException {
        Map<UUID, IndexedClaim> claims = new HashMap<>();
        try (FSDirectory directory = FSDirectory.open(generation);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document document = fields.document(doc);
                        if (document.get(ArticleFields.ID) != null) {
                            continue; // the article's own document, for finding it by its text
                        }
                        UUID id = UUID.fromString(document.get(ClaimFields.CLAIM_ID));
                        IndexedClaim claim = new IndexedClaim(document.get(ClaimFields.QUOTE),
                                document.get(ClaimFields.RESTATEMENT));
                        if (claims.put(id, claim) != null) {
                            throw new AssertionError("Claim " + id + " is indexed twice in " + generation);
                        }
                    }
                }
            }
        }
        return claims;
    }

    /** Runs Lucene's CheckIndex with its slow checks; returns null if the index is clean, else its report. */
    String problems() throws IOException {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (FSDirectory directory = FSDirectory.open(generation);
             CheckIndex checker = new CheckIndex(directory);
             PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8)) {
            checker.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_SLOW_CHECKS);
            checker.setInfoStream(out);
            CheckIndex.Status status = checker.checkIndex();
            return status.clean ? null : report.toString(StandardCharsets.UTF_8);
        }
    }

    /** What the index keeps of a claim that the database must agree with. */
    record IndexedClaim(String quote, String restatement) {
    }
}
