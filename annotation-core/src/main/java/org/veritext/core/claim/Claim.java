package org.veritext.core.claim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.veritext.core.DomainException;
import org.veritext.core.access.ClaimFacts;
import org.veritext.core.actor.Actor;
import org.veritext.core.article.Article;
import org.veritext.core.event.Event;
import org.veritext.core.review.ReviewMove;
import org.veritext.core.review.ReviewState;
import org.veritext.core.text.TextNormaliser;
import org.veritext.core.text.VisibleText;
import org.veritext.core.user.UserAccount;
import org.veritext.core.anchor.TextAnchor;
import org.veritext.core.anchor.TextSelection;

/**
 * A checkable statement highlighted in an article: where it is ({@link TextAnchor}, fixed once made), what it says
 * in checkable form (the restatement), how true it is (verdict, rationale, evidence), and who and what it is about
 * (links to actors in a role, and to events). {@code @Version} turns two people saving the same
 * claim at once into a clear conflict instead of a silent overwrite.
 */
@Entity
@Table(name = "claim")
public class Claim {


    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @Embedded
    private TextAnchor anchor;

    @Column(nullable = false, length = 2000)
    private String restatement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Verdict verdict = Verdict.NOT_YET_RATED;

    @Column(nullable = false, length = 5000)
    private String rationale = "";

    @ElementCollection
    @CollectionTable(name = "claim_evidence", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_tag", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "tag", nullable = false, length = 60)
    private Set<String> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "claim_actor", joinColumns = @JoinColumn(name = "claim_id"))
    private Set<ActorLink> actorLinks = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "claim_event", joinColumns = @JoinColumn(name = "claim_id"),
            inverseJoinColumns = @JoinColumn(name = "event_id"))
    private Set<Event> events = new HashSet<>();

    /** 0 for every claim since claims over the same words are refused; older copies keep their rank (see V3). */
    @Column(name = "same_words_rank", nullable = false, updatable = false)
    private int sameWordsRank;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false, length = 20)
    private ReviewState reviewState = ReviewState.DRAFT;

    /** Who is asked to review it; null for any reviewer of the project. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    private UserAccount reviewer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_changed_by")
    private UserAccount stateChangedBy;

    @Column(name = "state_changed_at")
    private Instant stateChangedAt;

    /** The earlier claim this one repeats (the same claim, already checked); null if none. */
    @Column(name = "repeat_of_id")
    private UUID repeatOfId;

    /** Null until first saved: that tells Spring Data to persist a new entity rather than merge it. */
    @Version
    private Long version;

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

    /** Takes every editable field from {@code fields} and the links; the place in the text stays. */
    void edit(ClaimFields fields, Set<ActorLink> newActorLinks, Set<Event> newEvents, UserAccount user, Instant now) {
        this.restatement = fields.restatement();
        this.verdict = fields.verdict();
        this.rationale = fields.rationale();
        this.evidence = new ArrayList<>(fields.evidence());
        this.tags = new HashSet<>(fields.tags());
        this.actorLinks = new HashSet<>(newActorLinks);
        this.events = new HashSet<>(newEvents);
        this.modifiedBy = user;
        this.modifiedAt = now;
    }

    /** Links {@code kept} wherever {@code absorbed} was linked (an actor merge); true if anything changed. */
    boolean replaceActor(Actor absorbed, Actor kept, UserAccount user, Instant now) {
        Set<ActorLink> moved = new HashSet<>();
        boolean changed = false;
        for (ActorLink link : actorLinks) {
            if (link.getActor().getId().equals(absorbed.getId())) {
                moved.add(new ActorLink(kept, link.getRole()));
                changed = true;
            } else {
                moved.add(link);
            }
        }
        if (changed) {
            this.actorLinks = moved;
            this.modifiedBy = user;
            this.modifiedAt = now;
        }
        return changed;
    }

    /** Makes a review move (checked by the caller against the access policy); a move not allowed now is refused. */
    void move(ReviewMove move, UserAccount user, Instant now) {
        this.reviewState = move.from(reviewState);
        this.stateChangedBy = user;
        this.stateChangedAt = now;
    }

    /** Marks the claim as a repeat of {@code earlierClaimId}, or no longer (null); checked by the caller. */
    void markRepeatOf(UUID earlierClaimId, UserAccount user, Instant now) {
        this.repeatOfId = earlierClaimId;
        this.modifiedBy = user;
        this.modifiedAt = now;
    }

    void assignReviewer(UserAccount reviewer) {
        this.reviewer = reviewer;
    }

    /** What the access policy decides on. */
    public ClaimFacts facts() {
        return new ClaimFacts(article.getProjectId(), reviewState, createdBy.getId(), modifiedBy.getId());
    }

    /** Empty is allowed (a claim is often highlighted first, restated later); invisible-only would look empty. */
    static String checkedRestatement(String raw) {
        String restatement = TextNormaliser.normaliseLine(raw);
        if (!restatement.isEmpty() && VisibleText.isEmpty(restatement)) {
            throw new DomainException("The restatement holds only invisible characters (spaces, zero-width or "
                    + "direction marks). Write the claim in checkable form, or leave the field empty.");
        }
        return ClaimLimits.RESTATEMENT.check(restatement);
    }

    public UUID getRepeatOfId() {
        return repeatOfId;
    }

    public UUID getId() {
        return id;
    }

    public ReviewState getReviewState() {
        return reviewState;
    }

    public UserAccount getReviewer() {
        return reviewer;
    }

    public UserAccount getStateChangedBy() {
        return stateChangedBy;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getRationale() {
        return rationale;
    }

    public List<Evidence> getEvidence() {
        return List.copyOf(evidence);
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public Set<ActorLink> getActorLinks() {
        return Set.copyOf(actorLinks);
    }

    public Set<Event> getEvents() {
        return Set.copyOf(events);
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
        return version == null ? 0 : version;
    }
}
