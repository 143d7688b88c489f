package org.veritext.core.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A comment on a claim, perhaps an answer to another (its parent). Comments are never edited: a thread is a record. */
@Entity
@Table(name = "claim_comment")
class Comment {

    @Id
    private UUID id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private UUID claimId;

    @Column(name = "parent_id", updatable = false)
    private UUID parentId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CommentKind kind;

    @Column(nullable = false, length = 5000, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Comment() {
    }

    Comment(UUID claimId, UUID parentId, UUID authorId, CommentKind kind, String body, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.claimId = claimId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.kind = kind;
        this.body = body;
        this.createdAt = createdAt;
    }

    UUID getId() {
        return id;
    }

    UUID getClaimId() {
        return claimId;
    }

    UUID getParentId() {
        return parentId;
    }

    UUID getAuthorId() {
        return authorId;
    }

    CommentKind getKind() {
        return kind;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
