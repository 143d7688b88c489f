package org.veritext.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.search.SearchProperties;
import org.veritext.search.index.ClaimIndex.RebuildProgress;

/**
 * The index folder's life across restarts: the live generation kept with its change-log position when sound; a
 * rebuild needed when it is missing, damaged or of an older schema, and an older one searched meanwhile.
 */
class ClaimIndexOnDiskTest {

    @TempDir
    Path folder;

    @Test
    void anEmptyFolderNeedsABuildAndSaysSoInsteadOfFindingNothing() throws IOException {
        ClaimIndex index = open(folder.resolve("not-yet"));

        assertThat(index.needsRebuild()).isTrue();
        assertThatThrownBy(() -> index.withSearcher(searcher -> searcher.getIndexReader().numDocs()))
                .isInstanceOf(IndexNotReadyException.class).hasMessageContaining("being built");
        index.destroy();
    }

    @Test
    void keepsItsClaimsAndItsPositionAcrossARestart() throws IOException {
        ClaimIndex first = open(folder);
        IndexGeneration built = build(first, List.of(claim("Ankara hosted the talks"), claim("Kyiv rejected it")), 7);
        built.commit();
        first.destroy();

        ClaimIndex second = open(folder);

        assertThat(second.needsRebuild()).isFalse();
        assertThat(second.documentCount()).isEqualTo(2);
        assertThat(second.live().appliedPosition()).isEqualTo(7);
        second.destroy();
    }

    @Test
    void commitsWhatIsPendingWhenClosed() throws IOException {
        ClaimIndex first = open(folder);
        IndexGeneration live = build(first, List.of(), 3);
        live.update(List.of(claim("Written after the last commit")), Set.of());
        live.refresh(4);
        first.destroy();

        ClaimIndex second = open(folder);

        assertThat(second.documentCount()).isOne();
        assertThat(second.live().appliedPosition()).isEqualTo(4);
        second.destroy();
    }

    @Test
    void aDamagedGenerationIsDeletedAndRebuilt() throws IOException {
        ClaimIndex first = open(folder);
        Path generation = build(first, List.of(claim("Ankara hosted the talks")), 1).path();
        first.destroy();
        try (Stream<Path> files = Files.list(generation)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "not an index");
            }
        }

        ClaimIndex second = open(folder);

        assertThat(second.needsRebuild()).isTrue();
        assertThat(generation).doesNotExist();
        second.destroy();
    }

    /**
     * A rebuild writes a new generation beside the live one. If the process dies before the rebuild is done, the
     * half-built generation must not be taken for the index at the next start: following the change log from its
     * position would never bring back the claims it lacks (those older than the log, say), and the complete
     * generation would be deleted as superseded.
     */
    @Test
    void aRebuildCutShortByACrashLeavesTheCompleteGenerationLive() throws IOException {
        ClaimIndex running = open(folder.resolve("running"));
        build(running, List.of(claim("Indexed before the rebuild")), 7).commit();
        IndexGeneration halfBuilt = running.startGeneration(new RebuildProgress(0, 2, Instant.now()));
        halfBuilt.add(List.of(claim("Indexed by the rebuild, not yet committed")));
        Path afterCrash = copyAsTheProcessLeftIt(folder.resolve("running"), folder.resolve("after-crash"));

        ClaimIndex restarted = open(afterCrash);

        assertThat(restarted.needsRebuild()).isFalse();
        assertThat(restarted.documentCount()).isOne();
        assertThat(restarted.visiblePosition()).isEqualTo(7);
        assertThat(afterCrash.resolve(halfBuilt.path().getFileName().toString())).as("the half-built generation")
                .doesNotExist();
        restarted.destroy();
        running.abandon(halfBuilt);
        running.destroy();
    }

    @Test
    void anIndexOfAnOlderSchemaIsSearchedUntilItsSuccessorIsSwappedIn() throws IOException {
        Path old = folder.resolve("gen-1");
        writeIndexWithSchema(old, "1", claim("An index from an older Veritext"));

        ClaimIndex index = open(folder);
        assertThat(index.needsRebuild()).isTrue();
        assertThat(index.documentCount()).as("the old one still answers").isOne();

        build(index, List.of(claim("First"), claim("Second")), 2);

        assertThat(index.needsRebuild()).isFalse();
        assertThat(index.documentCount()).isEqualTo(2);
        assertThat(old).doesNotExist();
        index.destroy();
    }

    @Test
    void anIndexWrittenStraightIntoTheFolderByAnEarlierVersionIsSearchedThenRemoved() throws IOException {
        writeIndexWithSchema(folder, "1", claim("Indexed by Veritext 0.1"));

        ClaimIndex index = open(folder);
        assertThat(index.documentCount()).isOne();
        build(index, List.of(), 0);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
                    .containsExactly("veritext-node.lock");
        }
        index.destroy();
    }

    @Test
    void refusesToShareTheFolderWithAnotherProcessOrNode() throws IOException {
        ClaimIndex first = open(folder);

        assertThatThrownBy(() -> open(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by another Veritext process");
        first.destroy();
    }

    @Test
    void replacesAClaimsDocumentInsteadOfAddingASecond() throws IOException {
        ClaimIndex index = open(folder);
        IndexGeneration live = build(index, List.of(), 0);
        ClaimDigest claim = claim("First wording");

        live.update(List.of(claim), Set.of());
        live.update(List.of(new ClaimDigest(claim.claimId(), claim.articleId(), claim.projectId(), claim.quote(),
                "Second wording", claim.articleTitle(), null, null, claim.createdById(), "annotator",
                claim.createdAt(), Instant.now(), Verdict.NOT_YET_RATED, ReviewState.DRAFT, "", List.of(), List.of(),
                List.of(), null)), Set.of());
        live.refresh(1);
        assertThat(index.documentCount()).isOne();

        live.update(List.of(), Set.of(claim.claimId()));
        live.refresh(2);
        assertThat(index.documentCount()).isZero();
        index.destroy();
    }

    @Test
    void neverMovesItsPositionBackwards() throws IOException {
        ClaimIndex index = open(folder);
        IndexGeneration live = build(index, List.of(), 10);

        live.refresh(4);

        assertThat(index.visiblePosition()).isEqualTo(10);
        index.destroy();
    }

    /** A new generation holding {@code claims} at {@code position}, swapped in as a rebuild does. */
    private static IndexGeneration build(ClaimIndex index, List<ClaimDigest> claims, long position)
            throws IOException {
        IndexGeneration next = index.startGeneration(new RebuildProgress(0, claims.size(), Instant.now()));
        next.add(claims);
        next.refresh(position);
        index.swapIn(next);
        return next;
    }

    /** A copy of {@code source} with every file as it is now, as a process killed at this moment leaves it. */
    private static Path copyAsTheProcessLeftIt(Path source, Path copy) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path target = copy.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return copy;
    }

    @Test
    void anIndexFromBeforeProjectsIsNotSearchedAsIfNothingMatched() throws IOException {
        Path old = folder.resolve("gen-1");
        Files.createDirectories(old);
        try (FSDirectory directory = FSDirectory.open(old);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new ClaimAnalyzer()))) {
            org.apache.lucene.document.Document before = new org.apache.lucene.document.Document();
            before.add(new org.apache.lucene.document.TextField("quote", "A claim from before projects",
                    org.apache.lucene.document.Field.Store.YES));
            writer.addDocument(before);
            writer.setLiveCommitData(Map.of(IndexGeneration.SCHEMA_KEY, "1").entrySet());
            writer.commit();
        }

        ClaimIndex index = open(folder);

        assertThat(index.needsRebuild()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.withSearcher(
                searcher -> searcher.getIndexReader().numDocs())).isInstanceOf(IndexNotReadyException.class);
        index.destroy();
    }

    private static void writeIndexWithSchema(Path path, String schema, ClaimDigest claim) throws IOException {
        Files.createDirectories(path);
        try (FSDirectory directory = FSDirectory.open(path);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new ClaimAnalyzer()))) {
            writer.addDocument(ClaimFields.toDocument(claim));
            writer.setLiveCommitData(Map.of(IndexGeneration.SCHEMA_KEY, schema).entrySet());
            writer.commit();
        }
    }

    private static ClaimIndex open(Path folder) throws IOException {
        return new ClaimIndex(new SearchProperties(folder));
    }

    private static ClaimDigest claim(String quote) {
        Instant now = Instant.now();
        return new ClaimDigest(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), quote, "", "Talks", null, null,
                UUID.randomUUID(), "annotator", now, now, Verdict.NOT_YET_RATED, ReviewState.DRAFT, "", List.of(),
                List.of(), List.of(), null);
    }
}
