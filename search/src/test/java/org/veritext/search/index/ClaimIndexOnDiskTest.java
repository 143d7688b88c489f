package org.veritext.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.search.SearchProperties;

/** The index folder's life across restarts: kept when sound, started afresh when missing, damaged or outdated. */
class ClaimIndexOnDiskTest {

    @TempDir
    Path folder;

    @Test
    void startsEmptyWhenTheFolderDoesNotExist() throws IOException {
        ClaimIndex index = open(folder.resolve("not-yet"));

        assertThat(index.startedEmpty()).isTrue();
        assertThat(index.documentCount()).isZero();
        index.destroy();
    }

    @Test
    void keepsItsClaimsAcrossARestart() throws IOException {
        ClaimIndex first = open(folder);
        first.put(claim("Ankara hosted the talks"));
        first.put(claim("Kyiv rejected the memorandum"));
        first.destroy();

        ClaimIndex second = open(folder);

        assertThat(second.startedEmpty()).isFalse();
        assertThat(second.documentCount()).isEqualTo(2);
        second.destroy();
    }

    @Test
    void startsAfreshWhenTheIndexIsDamaged() throws IOException {
        ClaimIndex first = open(folder);
        first.put(claim("Ankara hosted the talks"));
        first.destroy();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "not an index");
            }
        }

        ClaimIndex second = open(folder);

        assertThat(second.startedEmpty()).isTrue();
        assertThat(second.documentCount()).isZero();
        second.put(claim("Writing works again"));
        assertThat(second.documentCount()).isOne();
        second.destroy();
    }

    @Test
    void startsAfreshWhenTheIndexWasBuiltWithAnotherSchema() throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new ClaimAnalyzer()))) {
            writer.addDocument(ClaimFields.toDocument(claim("An index from an older Veritext")));
            writer.commit();
        }

        ClaimIndex index = open(folder);

        assertThat(index.startedEmpty()).isTrue();
        assertThat(index.documentCount()).isZero();
        index.destroy();
    }

    @Test
    void refusesToShareTheFolderWithAnotherWriter() throws IOException {
        ClaimIndex first = open(folder);

        assertThatThrownBy(() -> open(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by another Veritext process");
        first.destroy();
    }

    @Test
    void replacesAClaimsDocumentInsteadOfAddingASecond() throws IOException {
        ClaimIndex index = open(folder);
        ClaimDigest claim = claim("First wording");

        index.put(claim);
        index.put(new ClaimDigest(claim.claimId(), claim.articleId(), claim.quote(), "Second wording",
                claim.articleTitle(), null, null, "annotator", claim.createdAt(), Instant.now()));
        assertThat(index.documentCount()).isOne();

        index.remove(claim.claimId());
        assertThat(index.documentCount()).isZero();
        index.destroy();
    }

    private static ClaimIndex open(Path folder) throws IOException {
        return new ClaimIndex(new SearchProperties(folder));
    }

    private static ClaimDigest claim(String quote) {
        Instant now = Instant.now();
        return new ClaimDigest(UUID.randomUUID(), UUID.randomUUID(), quote, "", "Talks", null, null, "annotator",
                now, now);
    }
}
