package org.veritext.search.index;

import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.veritext.core.claim.ClaimDigest;

/** The index schema: every field name once, and how a claim becomes a document. */
public final class ClaimFields {

    /** Bump when the schema or the analysis changes: an index of another version is rebuilt at start. */
    static final String SCHEMA_VERSION = "2";

    public static final String CLAIM_ID = "claim_id";
    public static final String ARTICLE_ID = "article_id";
    public static final String QUOTE = "quote";
    public static final String RESTATEMENT = "restatement";
    public static final String ARTICLE_TITLE = "article_title";
    public static final String PUBLISHER = "publisher";
    public static final String PUBLISHED_ON = "published_on";
    public static final String CREATED_BY = "created_by";
    public static final String MODIFIED_AT = "modified_at";

    /** Searchable text, stored, with offsets in the postings so that highlighting needs no re-analysis. */
    private static final FieldType HIGHLIGHTABLE_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTABLE_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTABLE_TEXT.freeze();
    }

    private ClaimFields() {
    }

    static Document toDocument(ClaimDigest claim) {
        Document document = new Document();
        document.add(new StringField(CLAIM_ID, claim.claimId().toString(), Field.Store.YES));
        document.add(new StringField(ARTICLE_ID, claim.articleId().toString(), Field.Store.YES));
        document.add(new Field(QUOTE, claim.quote(), HIGHLIGHTABLE_TEXT));
        document.add(new Field(RESTATEMENT, claim.restatement(), HIGHLIGHTABLE_TEXT));
        document.add(new Field(ARTICLE_TITLE, claim.articleTitle(), HIGHLIGHTABLE_TEXT));
        if (claim.publisher() != null) {
            document.add(new Field(PUBLISHER, claim.publisher(), HIGHLIGHTABLE_TEXT));
        }
        if (claim.publishedOn() != null) {
            document.add(new StoredField(PUBLISHED_ON, claim.publishedOn().toString()));
        }
        document.add(new StringField(CREATED_BY, claim.createdBy(), Field.Store.YES));
        long modifiedAt = claim.modifiedAt().toEpochMilli();
        document.add(new StoredField(MODIFIED_AT, modifiedAt));
        document.add(new NumericDocValuesField(MODIFIED_AT, modifiedAt));
        return document;
    }

    static Term idTerm(UUID claimId) {
        return new Term(CLAIM_ID, claimId.toString());
    }
}
