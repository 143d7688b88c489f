package org.veritext.core.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A manager asked someone to annotate or to review an article. */
@Entity
@Table(name = "article_assignment")
@IdClass(ArticleAssignment.Key.class)
class ArticleAssignment {

    @Id
    @Column(name = "article_id")
    private UUID articleId;

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Duty duty;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private UUID assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    protected ArticleAssignment() {
    }

    ArticleAssignment(UUID articleId, UUID userId, Duty duty, UUID assignedBy, Instant assignedAt) {
        this.articleId = articleId;
        this.userId = userId;
        this.duty = duty;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    UUID getArticleId() {
        return articleId;
    }

    UUID getUserId() {
        return userId;
    }

    Duty getDuty() {
        return duty;
    }

    Instant getAssignedAt() {
        return assignedAt;
    }

    record Key(UUID articleId, UUID userId, Duty duty) implements Serializable {
    }
}
