package org.veritext.app.changelog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.search.index.ClaimAnalyzer;
import org.veritext.search.index.ClaimFields;

/**
 * The indexing Veritext did before the change log, kept only for the benchmark's baseline: after each save, on the
 * saving thread, the claim is re-read, written to the index, committed (fsync) and made visible, before the save
 * returns. Same analysis and fields as {@code ClaimFields}, in a scratch folder of its own.
 */
final class CommitPerSaveIndex implements AutoCloseable {

    private static final FieldType HIGHLIGHTABLE_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTABLE_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTABLE_TEXT.freeze();
    }

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    CommitPerSaveIndex(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        writer = new IndexWriter(directory, new IndexWriterConfig(new ClaimAnalyzer()));
        searchers = new SearcherManager(writer, null);
    }

    /** What the old listener did after each commit: update, commit, refresh, all before the save returned. */
    void put(ClaimDigest claim) throws IOException {
        writer.updateDocument(new Term(ClaimFields.CLAIM_ID, claim.claimId().toString()), document(claim));
        writer.setLiveCommitData(Map.of("veritext.schema", "2").entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private static Document document(ClaimDigest claim) {
        Document document = new Document();
        document.add(new StringField(ClaimFields.CLAIM_ID, claim.claimId().toString(), Field.Store.YES));
        document.add(new StringField(ClaimFields.ARTICLE_ID, claim.articleId().toString(), Field.Store.YES));
        document.add(new Field(ClaimFields.QUOTE, claim.quote(), HIGHLIGHTABLE_TEXT));
        document.add(new Field(ClaimFields.RESTATEMENT, claim.restatement(), HIGHLIGHTABLE_TEXT));
        document.add(new Field(ClaimFields.ARTICLE_TITLE, claim.articleTitle(), HIGHLIGHTABLE_TEXT));
        document.add(new StringField(ClaimFields.CREATED_BY, claim.createdBy(), Field.Store.YES));
        long modifiedAt = claim.modifiedAt().toEpochMilli();
        document.add(new StoredField(ClaimFields.MODIFIED_AT, modifiedAt));
        document.add(new NumericDocValuesField(ClaimFields.MODIFIED_AT, modifiedAt));
        return document;
    }
}
