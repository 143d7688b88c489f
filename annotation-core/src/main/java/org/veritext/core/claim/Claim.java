package org.veritext.core.claim;

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
import org.veritext.core.DomainException;
import org.veritext.core.article.Article;
import org.veritext.core.text.LengthLimit;
import org.veritext.core.text.TextNormaliser;
import org.veritext.core.text.VisibleText;
import org.veritext.core.user.UserAccount;

/**
 * A checkable statement highlighted in an article: where it is ({@link TextAnchor}, fixed once made) and what it
 * says in checkable form (the restatement, which may be edited). {@code @Version} turns two people saving the same
 * claim at once into a clear conflict instead of a silent overwrite.
 */
@Entity
@Table(name = "claim")
public class Claim {

    public static final int MAX_RESTATEMENT_LENGTH = 2000;
    public static final LengthLimit RESTATEMENT_LIMIT = new LengthLimit("The restatement", MAX_RESTATEMENT_LENGTH,
            "Make it one checkable sentence.");

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @Embedded
    private TextAnchor anchor;

    @Column(nullable = false, length = MAX_RESTATEMENT_LENGTH)
    private String restatement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "modified_by", nullable = false)
    private UserAccount modifiedBy;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Version
    private long version;

    protected Claim() {
    }

    /** A claim over {@code selection} of {@code article}'s text, if the selection matches that text. */
    static Claim anchor(Article article, TextSelection selection, String restatement, UserAccount user, Instant now) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.article = article;
        claim.anchor = TextAnchor.select(article.getText(), selection);
        claim.restatement = checkedRestatement(restatement);
        claim.createdBy = user;
        claim.createdAt = now;
        claim.modifiedBy = user;
        claim.modifiedAt = now;
        return claim;
    }

    void restate(String restatement, UserAccount user, Instant now) {
        this.restatement = checkedRestatement(restatement);
        this.modifiedBy = user;
        this.modifiedAt = now;
    }

    /** Empty is allowed (a claim is often highlighted first, restated later); invisible-only would look empty. */
    private static String checkedRestatement(String raw) {
        String restatement = TextNormaliser.normaliseLine(raw);
        if (!restatement.isEmpty() && VisibleText.isEmpty(restatement)) {
            throw new DomainException("The restatement holds only invisible characters (spaces, zero-width or "
                    + "direction marks). Write the claim in checkable form, or leave the field empty.");
        }
        return RESTATEMENT_LIMIT.check(restatement);
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

    public String getRestatement() {
        return restatement;
    }

    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UserAccount getModifiedBy() {
        return modifiedBy;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public long getVersion() {
        return version;
    }
}
