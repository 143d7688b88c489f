package org.veritext.core.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.veritext.core.user.UserAccount;

/** A suggestion someone dismissed in an article; it stays dismissed there, for everyone. */
@Entity
@Table(name = "suggestion_dismissal")
class SuggestionDismissal {

    @EmbeddedId
    private Key key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dismissed_by", nullable = false, updatable = false)
    private UserAccount dismissedBy;

    @Column(name = "dismissed_at", nullable = false, updatable = false)
    private Instant dismissedAt;

    protected SuggestionDismissal() {
    }

    SuggestionDismissal(UUID articleId, String suggestionKey, UserAccount by, Instant at) {
        this.key = new Key(articleId, suggestionKey);
        this.dismissedBy = by;
        this.dismissedAt = at;
    }

    String suggestionKey() {
        return key.suggestionKey;
    }

    @Embeddable
    record Key(@Column(name = "article_id") UUID articleId,
               @Column(name = "suggestion_key", length = 300) String suggestionKey) implements Serializable {
    }
}
