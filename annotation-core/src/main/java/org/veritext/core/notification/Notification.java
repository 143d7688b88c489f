package org.veritext.core.notification;

import org.veritext.core.text.Excerpt;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line in a user's bell, with a link to where it happened. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NotificationKind kind;

    @Column(name = "claim_id", updatable = false)
    private UUID claimId;

    @Column(name = "article_id", updatable = false)
    private UUID articleId;

    @Column(name = "caused_by", updatable = false)
    private UUID causedBy;

    static final int MESSAGE_LENGTH = 500;

    @Column(nullable = false, length = MESSAGE_LENGTH, updatable = false)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(UUID userId, NotificationKind kind, UUID claimId, UUID articleId, UUID causedBy, String message,
                 Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.kind = kind;
        this.claimId = claimId;
        this.articleId = articleId;
        this.causedBy = causedBy;
        // Whatever a caller puts in (a long title, a comment), the notification points at it; it never fails a move.
        this.message = Excerpt.of(message, MESSAGE_LENGTH);
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    UUID getId() {
        return id;
    }

    UUID getUserId() {
        return userId;
    }

    NotificationKind getKind() {
        return kind;
    }

    UUID getClaimId() {
        return claimId;
    }

    UUID getArticleId() {
        return articleId;
    }

    UUID getCausedBy() {
        return causedBy;
    }

    String getMessage() {
        return message;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
