package org.veritext.core.article;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An article as the change log records it: its description, not its text (which is immutable and stored once,
 * with the article; the log would only copy it).
 */
record ArticleState(UUID id, UUID projectId, String title, String sourceUrl, String publisher, LocalDate publishedOn, String language,
                    String textSha256, int textLength, UUID importedBy) {

    static ArticleState of(Article article) {
        return new ArticleState(article.getId(), article.getProjectId(), article.getTitle(), article.getSourceUrl(), article.getPublisher(),
                article.getPublishedOn(), article.getLanguage(), article.getTextSha256(), article.getText().length(),
                article.getImportedBy().getId());
    }
}
