package org.veritext.core.mention;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.veritext.core.actor.Actor;
import org.veritext.core.anchor.TextAnchor;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.Article;
import org.veritext.core.event.Event;
import org.veritext.core.user.UserAccount;

/**
 * A highlighted span that names an actor or an event, not a claim: it shows a reader who appears where. Anchored in
 * the text like a claim ({@link TextAnchor}); it names exactly one actor or one event.
 */
@Entity
@Table(name = "mention")
public class Mention {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @Embedded
    private TextAnchor anchor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Null until first saved: that tells Spring Data to persist a new entity rather than merge it. */
    @Version
    private Long version;

    protected Mention() {
    }

    static Mention of(Article article, TextSelection selection, Actor actor, Event event, UserAccount user, Instant now) {
        Mention mention = new Mention();
        mention.id = UUID.randomUUID();
        mention.article = article;
        mention.anchor = TextAnchor.select(article.getText(), selection);
        mention.actor = actor;
        mention.event = event;
        mention.createdBy = user;
        mention.createdAt = now;
        return mention;
    }

    /** Names {@code kept} instead of {@code absorbed} (an actor merge). */
    void nameInstead(Actor kept) {
        this.actor = kept;
    }

    public UUID getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public TextAnchor getAnchor() {
        return anchor;
    }

    public Actor getActor() {
        return actor;
    }

    public Event getEvent() {
        return event;
    }

    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
