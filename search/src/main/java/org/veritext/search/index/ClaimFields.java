package org.veritext.search.index;

import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDigest;

/** The index schema: every field name once, and how a claim becomes a document. */
public final class ClaimFields {

    /** Bump when the schema or the analysis changes: an index of another version is rebuilt at start. */
    static final String SCHEMA_VERSION = "5";

    public static final String CLAIM_ID = "claim_id";
    public static final String ARTICLE_ID = "article_id";
    /** The claim's project: every search is filtered to the searcher's projects on this field. */
    public static final String PROJECT_ID = "project_id";
    public static final String REVIEW_STATE = "review_state";
    public static final String QUOTE = "quote";
    public static final String RESTATEMENT = "restatement";
    public static final String ARTICLE_TITLE = "article_title";
    public static final String PUBLISHER = "publisher";
    public static final String PUBLISHED_ON = "published_on";
    public static final String CREATED_BY = "created_by";
    public static final String MODIFIED_AT = "modified_at";
    public static final String RATIONALE = "rationale";
    /** Every name (and alias) of every linked actor, whatever the role. */
    public static final String ACTOR = "actor";
    /** The names of the actors who made the claim. */
    public static final String CLAIMANT = "claimant";
    /** The name (not the aliases) of each actor who made the claim, stored for display only. */
    public static final String CLAIMANT_NAME = "claimant_name";
    public static final String EVENT = "event";
    public static final String TAG = "tag";
    public static final String VERDICT = "verdict";
    /** What the claim means, as a unit-length vector ({@link ClaimVectors}); compared by dot product (= cosine). */
    public static final String VECTOR = "vector";

    /** Searchable text, stored, with offsets in the postings so that highlighting needs no re-analysis. */
    private static final FieldType HIGHLIGHTABLE_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTABLE_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTABLE_TEXT.freeze();
    }

    private ClaimFields() {
    }

    /** Fields holding names of actors: analysed as names, in every script and spelling. */
    static boolean isNameField(String field) {
        return ACTOR.equals(field) || CLAIMANT.equals(field);
    }

    static Document toDocument(ClaimDigest claim) {
        return toDocument(claim, null);
    }

    /** The claim's document; with its {@link #VECTOR} unless {@code vector} is null. */
    static Document toDocument(ClaimDigest claim, float[] vector) {
        Document document = new Document();
        if (vector != null) {
            document.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        document.add(new StringField(CLAIM_ID, claim.claimId().toString(), Field.Store.YES));
        document.add(new StringField(ARTICLE_ID, claim.articleId().toString(), Field.Store.YES));
        document.add(new StringField(PROJECT_ID, claim.projectId().toString(), Field.Store.YES));
        document.add(new StringField(REVIEW_STATE, claim.reviewState().name(), Field.Store.YES));
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
        if (!claim.rationale().isEmpty()) {
            document.add(new Field(RATIONALE, claim.rationale(), HIGHLIGHTABLE_TEXT));
        }
        for (ClaimDigest.ActorDigest actor : claim.actors()) {
            if (actor.role() == ActorRole.CLAIMANT && !actor.names().isEmpty()) {
                document.add(new StoredField(CLAIMANT_NAME, actor.names().getFirst()));
            }
            for (String name : actor.names()) {
                document.add(new TextField(ACTOR, name, Field.Store.NO));
                if (actor.role() == ActorRole.CLAIMANT) {
                    document.add(new TextField(CLAIMANT, name, Field.Store.NO));
                }
            }
        }
        for (ClaimDigest.EventDigest event : claim.events()) {
            document.add(new TextField(EVENT, event.title(), Field.Store.NO));
        }
        for (String tag : claim.tags()) {
            document.add(new TextField(TAG, tag, Field.Store.NO));
        }
        document.add(new StringField(VERDICT, claim.verdict().name(), Field.Store.YES));
        long modifiedAt = claim.modifiedAt().toEpochMilli();
        document.add(new StoredField(MODIFIED_AT, modifiedAt));
        document.add(new NumericDocValuesField(MODIFIED_AT, modifiedAt));
        return document;
    }

    static Term idTerm(UUID claimId) {
        return new Term(CLAIM_ID, claimId.toString());
    }
}
