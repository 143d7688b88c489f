package org.veritext.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDigest;

/** The index schema: every field name once, and how a claim becomes a document. */
public final class ClaimFields {

    /** Bump when the schema or the analysis changes: an index of another version is rebuilt at start. */
    static final String SCHEMA_VERSION = "8";

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
    /** The names of the actors the claim is about. */
    public static final String SUBJECT = "subject";
    /** The names of the actors named in the claim. */
    public static final String MENTIONED = "mentioned";
    public static final String EVENT = "event";
    public static final String TAG = "tag";
    public static final String VERDICT = "verdict";
    /** The article's publication day, as days since 1970-01-01: for date ranges. */
    public static final String PUBLISHED_DAY = "published_day";
    /**
     * The text fields again, folded but neither stemmed nor stripped of stop words: prefix and fuzzy terms are
     * matched here, because "earni*" or "enatced~" cannot match stemmed terms ("earn", "enact").
     */
    public static final List<String> UNSTEMMED_SOURCES = List.of(QUOTE, RESTATEMENT, ARTICLE_TITLE, RATIONALE, TAG,
            EVENT, PUBLISHER, ArticleFields.TEXT);
    private static final String UNSTEMMED_SUFFIX = ".words";

    /** The facet dimensions, each counted over the claims a search matches. Values as {@link #toDocument} writes. */
    public enum Facet {
        VERDICT("verdict"), STATE("state"), CLAIMANT("claimant"), SUBJECT("subject"), MENTIONED("mentioned"),
        EVENT("event"), PUBLISHER("publisher"), CREATOR("creator"), MONTH("month");

        private final String dimension;

        Facet(String dimension) {
            this.dimension = dimension;
        }

        /** The dimension's name in the index, in the page's address and in {@code data-facet}. */
        public String dimension() {
            return dimension;
        }

        public static Optional<Facet> of(String dimension) {
            return Arrays.stream(values()).filter(facet -> facet.dimension.equals(dimension)).findFirst();
        }

        static Facet forRole(ActorRole role) {
            return switch (role) {
                case CLAIMANT -> CLAIMANT;
                case SUBJECT -> SUBJECT;
                case MENTIONED -> MENTIONED;
            };
        }
    }

    /** How facet values are stored: as sorted-set doc values, no side index; some dimensions take many values. */
    public static final FacetsConfig FACETS = new FacetsConfig();

    static {
        for (Facet facet : List.of(Facet.CLAIMANT, Facet.SUBJECT, Facet.MENTIONED, Facet.EVENT)) {
            FACETS.setMultiValued(facet.dimension(), true);
        }
    }
    /** The name (not the aliases) of each actor who made the claim, stored for display only. */
    public static final String CLAIMANT_NAME = "claimant_name";
    /** What the claim means, as a unit-length vector ({@link ClaimVectors}); compared by dot product (= cosine). */
    public static final String VECTOR = "vector";

    /** Searchable text, stored, with offsets in the postings so that highlighting needs no re-analysis. */
    static final FieldType HIGHLIGHTABLE_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTABLE_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTABLE_TEXT.freeze();
    }

    private ClaimFields() {
    }

    /** Fields holding names of actors: analysed as names, in every script and spelling. */
    static boolean isNameField(String field) {
        return ACTOR.equals(field) || CLAIMANT.equals(field) || SUBJECT.equals(field) || MENTIONED.equals(field);
    }

    /** The unstemmed twin of a text field, for prefix and fuzzy terms; the field itself if it has none. */
    public static String unstemmed(String field) {
        return UNSTEMMED_SOURCES.contains(field) ? field + UNSTEMMED_SUFFIX : field;
    }

    /** The field an unstemmed twin is of; any other field itself. */
    public static String stemmed(String field) {
        return isUnstemmedField(field) ? field.substring(0, field.length() - UNSTEMMED_SUFFIX.length()) : field;
    }

    static boolean isUnstemmedField(String field) {
        return field.endsWith(UNSTEMMED_SUFFIX);
    }

    /** The month facet value of a day: "2024-03". */
    public static String month(LocalDate day) {
        return YearMonth.from(day).toString();
    }

    public static Document toDocument(ClaimDigest claim) {
        return toDocument(claim, null);
    }

    /** The claim's document; with its {@link #VECTOR} unless {@code vector} is null. */
    public static Document toDocument(ClaimDigest claim, float[] vector) {
        try {
            return FACETS.build(fields(claim, vector));
        } catch (IOException e) {
            throw new UncheckedIOException("Building facet fields cannot do I/O", e);
        }
    }

    private static Document fields(ClaimDigest claim, float[] vector) {
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
        if (claim.publisher() != null && !claim.publisher().isBlank()) {
            document.add(new Field(PUBLISHER, claim.publisher(), HIGHLIGHTABLE_TEXT));
            facet(document, Facet.PUBLISHER, claim.publisher());
        }
        if (claim.publishedOn() != null) {
            document.add(new StoredField(PUBLISHED_ON, claim.publishedOn().toString()));
            document.add(new LongPoint(PUBLISHED_DAY, claim.publishedOn().toEpochDay()));
            document.add(new NumericDocValuesField(PUBLISHED_DAY, claim.publishedOn().toEpochDay()));
            facet(document, Facet.MONTH, month(claim.publishedOn()));
        }
        document.add(new StringField(CREATED_BY, claim.createdBy(), Field.Store.YES));
        facet(document, Facet.CREATOR, claim.createdBy());
        facet(document, Facet.STATE, claim.reviewState().name());
        if (!claim.rationale().isEmpty()) {
            document.add(new Field(RATIONALE, claim.rationale(), HIGHLIGHTABLE_TEXT));
        }
        Set<String> facetValues = new HashSet<>();
        for (ClaimDigest.ActorDigest actor : claim.actors()) {
            if (actor.role() == ActorRole.CLAIMANT && !actor.names().isEmpty()) {
                document.add(new StoredField(CLAIMANT_NAME, actor.names().getFirst()));
            }
            String roleField = roleField(actor.role());
            for (String name : actor.names()) {
                document.add(new TextField(ACTOR, name, Field.Store.NO));
                document.add(new TextField(roleField, name, Field.Store.NO));
            }
            // The actor's own name (not his aliases) is his facet value; the same actor twice counts once.
            if (!actor.names().isEmpty() && facetValues.add(actor.role() + "\u0000" + actor.names().getFirst())) {
                facet(document, Facet.forRole(actor.role()), actor.names().getFirst());
            }
        }
        for (ClaimDigest.EventDigest event : claim.events()) {
            document.add(new TextField(EVENT, event.title(), Field.Store.YES));
            if (facetValues.add("event\u0000" + event.title())) {
                facet(document, Facet.EVENT, event.title());
            }
        }
        for (String tag : claim.tags()) {
            document.add(new TextField(TAG, tag, Field.Store.NO));
        }
        for (IndexableField field : List.copyOf(document.getFields())) {
            if (UNSTEMMED_SOURCES.contains(field.name()) && field.stringValue() != null) {
                document.add(new TextField(unstemmed(field.name()), field.stringValue(), Field.Store.NO));
            }
        }
        document.add(new StringField(VERDICT, claim.verdict().name(), Field.Store.YES));
        facet(document, Facet.VERDICT, claim.verdict().name());
        long modifiedAt = claim.modifiedAt().toEpochMilli();
        document.add(new StoredField(MODIFIED_AT, modifiedAt));
        document.add(new NumericDocValuesField(MODIFIED_AT, modifiedAt));
        return document;
    }

    private static String roleField(ActorRole role) {
        return switch (role) {
            case CLAIMANT -> CLAIMANT;
            case SUBJECT -> SUBJECT;
            case MENTIONED -> MENTIONED;
        };
    }

    private static void facet(Document document, Facet facet, String value) {
        if (value != null && !value.isBlank()) {
            document.add(new SortedSetDocValuesFacetField(facet.dimension(), value.strip()));
        }
    }

    /** Every claim's document: every document but those of articles ({@link ArticleFields}). */
    public static Query allClaims() {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(new FieldExistsQuery(ArticleFields.IMPORTED_AT), BooleanClause.Occur.MUST_NOT).build();
    }

    /** How many claims the index holds: its documents less those of articles. */
    static int claimCount(IndexSearcher searcher) {
        try {
            return searcher.count(allClaims());
        } catch (IOException e) {
            throw new UncheckedIOException("Counting the claims of the index failed", e);
        }
    }

    public static Term idTerm(UUID claimId) {
        return new Term(CLAIM_ID, claimId.toString());
    }
}
