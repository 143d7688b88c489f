package org.veritext.search.index;

import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.veritext.core.article.ArticleDigest;

/**
 * The document of an article, in the same index as the claims, for finding articles by their text — also those in
 * which nobody has marked a claim yet. It shares the claims' field names where the meaning is the same (title,
 * publisher, publication day), so that {@code publisher:} and {@code date:} filters work on both. It has no
 * {@link ClaimFields#PROJECT_ID}, so no claim search, count or facet can ever match it. The article search filters
 * on its own project field, {@link #PROJECT_ID}, instead. See decision 28.
 */
public final class ArticleFields {

    /** The article's id on its own document; claims' documents hold it as {@link ClaimFields#ARTICLE_ID}. */
    public static final String ID = "article_doc_id";
    public static final String PROJECT_ID = "article_doc_project_id";
    /** The whole text, stored for snippets. */
    public static final String TEXT = "article_text";
    public static final String IMPORTED_AT = "article_imported_at";

    private ArticleFields() {
    }

    public static Document toDocument(ArticleDigest article) {
        Document document = new Document();
        document.add(new StringField(ID, article.articleId().toString(), Field.Store.YES));
        document.add(new StringField(PROJECT_ID, article.projectId().toString(), Field.Store.NO));
        document.add(new Field(ClaimFields.ARTICLE_TITLE, article.title(), ClaimFields.HIGHLIGHTABLE_TEXT));
        document.add(new Field(TEXT, article.text(), ClaimFields.HIGHLIGHTABLE_TEXT));
        if (article.publisher() != null && !article.publisher().isBlank()) {
            document.add(new Field(ClaimFields.PUBLISHER, article.publisher(), ClaimFields.HIGHLIGHTABLE_TEXT));
        }
        if (article.publishedOn() != null) {
            document.add(new StoredField(ClaimFields.PUBLISHED_ON, article.publishedOn().toString()));
            document.add(new LongPoint(ClaimFields.PUBLISHED_DAY, article.publishedOn().toEpochDay()));
            // Lucene wants a field built alike in every document of an index: the claims' has doc values too.
            document.add(new NumericDocValuesField(ClaimFields.PUBLISHED_DAY, article.publishedOn().toEpochDay()));
        }
        // Doc values also tell an article's document from a claim's, in any index (ClaimFields.allClaims).
        document.add(new NumericDocValuesField(IMPORTED_AT, article.importedAt().toEpochMilli()));
        for (var field : List.copyOf(document.getFields())) {
            if (ClaimFields.UNSTEMMED_SOURCES.contains(field.name()) && field.stringValue() != null) {
                document.add(new TextField(ClaimFields.unstemmed(field.name()), field.stringValue(), Field.Store.NO));
            }
        }
        return document;
    }

    public static Term idTerm(UUID articleId) {
        return new Term(ID, articleId.toString());
    }
}
