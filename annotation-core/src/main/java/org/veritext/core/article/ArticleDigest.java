package org.veritext.core.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the search index holds of an article, so that it can be found by its text: a snapshot, never an entity. */
public record ArticleDigest(UUID articleId, UUID projectId, String title, String publisher, LocalDate publishedOn,
                            String text, Instant importedAt) {

    static ArticleDigest of(Article article) {
        return new ArticleDigest(article.getId(), article.getProjectId(), article.getTitle(), article.getPublisher(),
                article.getPublishedOn(), article.getText(), article.getImportedAt());
    }
}
