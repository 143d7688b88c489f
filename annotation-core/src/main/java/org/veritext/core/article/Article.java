package org.veritext.core.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.veritext.core.text.Sha256;
import org.veritext.core.user.UserAccount;

/**
 * A news article as imported. Its text was normalised at import and never changes afterwards: claims point into
 * it by offsets, so there are no setters at all.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    private UUID id;

    @Column(nullable = false, length = 500, updatable = false)
    private String title;

    @Column(name = "source_url", length = 2000, updatable = false)
    private String sourceUrl;

    @Column(length = 300, updatable = false)
    private String publisher;

    @Column(name = "published_on", updatable = false)
    private LocalDate publishedOn;

    @Column(nullable = false, length = 35, updatable = false)
    private String language;

    @Column(name = "text_content", nullable = false, updatable = false, columnDefinition = "text")
    private String text;

    @Column(name = "text_sha256", nullable = false, length = 64, updatable = false)
    private String textSha256;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "imported_by", nullable = false, updatable = false)
    private UserAccount importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    /** The project it belongs to: who may see it and work on it. */
    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    protected Article() {
    }

    Article(UUID projectId, ArticleMetadata metadata, String normalisedText, UserAccount importedBy,
            Instant importedAt) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.title = metadata.title();
        this.sourceUrl = metadata.sourceUrl();
        this.publisher = metadata.publisher();
        this.publishedOn = metadata.publishedOn();
        this.language = metadata.language();
        this.text = normalisedText;
        this.textSha256 = Sha256.of(normalisedText);
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getPublisher() {
        return publisher;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    public String getTextSha256() {
        return textSha256;
    }

    public UserAccount getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
