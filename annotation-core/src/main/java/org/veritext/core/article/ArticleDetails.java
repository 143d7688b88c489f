package org.veritext.core.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.veritext.core.user.Person;

/** An article with its full text, as the article page shows it. */
public record ArticleDetails(UUID id, UUID projectId, String title, String sourceUrl, String publisher, LocalDate publishedOn,
                          String language, String text, Person importedBy, Instant importedAt) {

    static ArticleDetails of(Article article) {
        return new ArticleDetails(article.getId(), article.getProjectId(), article.getTitle(), article.getSourceUrl(), article.getPublisher(),
                article.getPublishedOn(), article.getLanguage(), article.getText(), Person.of(article.getImportedBy()),
                article.getImportedAt());
    }
}
