package org.veritext.core.claim;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.EditConflictException;
import org.veritext.core.NotFoundException;
import org.veritext.core.NotPermittedException;
import org.veritext.core.article.Article;
import org.veritext.core.actor.ActorLookup;
import org.veritext.core.article.ArticleLookup;
import org.veritext.core.event.Event;
import org.veritext.core.event.EventLookup;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.user.CurrentUser;
import org.veritext.core.user.Person;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;
import org.veritext.core.anchor.TextAnchor;
import org.veritext.core.anchor.TextSelection;

/**
 * The door to claims: highlighting one in an article, restating it, deleting it, listing an article's claims.
 * Every change is checked against the signed-in user and the claim's version, and recorded in the change log.
 */
@Service
@Transactional
public class ClaimService {

    private final ClaimRepository claims;
    private final ArticleLookup articles;
    private final CurrentUser currentUser;
    private final UserLookup users;
    private final ActorLookup actors;
    private final EventLookup events;
    private final ChangeLog changeLog;
    private final Clock clock;

    ClaimService(ClaimRepository claims, ArticleLookup articles, CurrentUser currentUser, UserLookup users,
                 ActorLookup actors, EventLookup events, ChangeLog changeLog, Clock clock) {
        this.actors = actors;
        this.events = events;
        this.claims = claims;
        this.articles = articles;
        this.currentUser = currentUser;
        this.users = users;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Highlights a claim; the selection must match the article's text exactly (see {@link TextAnchor#select}), and
     * no other claim may cover exactly the same words ({@link SameWordsException} points to it).
     */
    public ClaimDetails create(UUID articleId, TextSelection selection, String restatement) {
        SignedInUser user = currentUser.require();
        Article article = articles.require(articleId);
        Claim anchored = Claim.anchor(article, selection, restatement, users.reference(user), clock.instant());
        refuseSameWords(articleId, anchored.getAnchor());
        Claim claim;
        try {
            claim = claims.saveAndFlush(anchored);
        } catch (DataIntegrityViolationException sameWordsAtTheSameMoment) {
            // Two people highlighted the same words at once; the unique index let one through.
            throw new SameWordsException(claims.findSameWords(articleId, anchored.getAnchor().start(),
                    anchored.getAnchor().end()).stream().findFirst().map(Claim::getId).orElse(null));
        }
        changeLog.record(ChangeKind.CLAIM_CREATED, user.id(), claim.getId(), articleId, () -> ClaimDetails.of(claim));
        return ClaimDetails.of(claim);
    }

    /**
     * Saves what the editor holds (restatement, verdict with its rationale, evidence, tags, links to actors and
     * events), if nobody else saved the claim since {@code seenVersion}.
     */
    public ClaimDetails edit(UUID claimId, long seenVersion, ClaimEdit edit) {
        SignedInUser user = currentUser.require();
        Claim claim = requireVersion(claimId, seenVersion);
        ClaimFields fields = ClaimFields.of(edit);
        Set<ActorLink> links = new LinkedHashSet<>();
        for (ClaimEdit.ActorLinkDraft link : edit.actors() == null ? List.<ClaimEdit.ActorLinkDraft>of() : edit.actors()) {
            if (link.actorId() != null && link.role() != null) {
                links.add(new ActorLink(actors.require(link.actorId()), link.role()));
            }
        }
        Set<Event> linkedEvents = new LinkedHashSet<>(events.requireAll(
                edit.eventIds() == null ? List.of() : edit.eventIds().stream().distinct().toList()));
        claim.edit(fields, links, linkedEvents, users.reference(user), clock.instant());
        flushOrConflict();
        changeLog.record(ChangeKind.CLAIM_EDITED, user.id(), claimId, claim.getArticle().getId(),
                () -> ClaimDetails.of(claim));
        return ClaimDetails.of(claim);
    }

    /**
     * Changes the restatement, if nobody else saved the claim since {@code seenVersion}: a fact-checker must never
     * overwrite a colleague's work without seeing it.
     */
    public ClaimDetails restate(UUID claimId, long seenVersion, String restatement) {
        SignedInUser user = currentUser.require();
        Claim claim = requireVersion(claimId, seenVersion);
        claim.restate(restatement, users.reference(user), clock.instant());
        flushOrConflict();
        changeLog.record(ChangeKind.CLAIM_RESTATED, user.id(), claimId, claim.getArticle().getId(),
                () -> ClaimDetails.of(claim));
        return ClaimDetails.of(claim);
    }

    /** Deletes a claim; only the person who made it, or an admin, may. */
    public void delete(UUID claimId, long seenVersion) {
        SignedInUser user = currentUser.require();
        Claim claim = requireVersion(claimId, seenVersion);
        if (!user.isAdmin() && !claim.getCreatedBy().getId().equals(user.id())) {
            throw new NotPermittedException("Only " + Person.of(claim.getCreatedBy()).name()
                    + ", who made this claim, or an admin may delete it.");
        }
        UUID articleId = claim.getArticle().getId();
        claims.delete(claim);
        flushOrConflict();
        changeLog.record(ChangeKind.CLAIM_DELETED, user.id(), claimId, articleId, null);
    }

    @Transactional(readOnly = true)
    public List<ClaimDetails> claimsOf(UUID articleId) {
        currentUser.require();
        articles.require(articleId);
        return claims.findByArticleInTextOrder(articleId).stream().map(ClaimDetails::of).toList();
    }

    /** The claims an actor is linked to, across all articles, newest first, with his role in each. */
    @Transactional(readOnly = true)
    public List<LinkedClaim> linkedToActor(UUID actorId) {
        currentUser.require();
        return claims.findLinkedToActor(actorId);
    }

    /** The claims about an event, across all articles, newest first. */
    @Transactional(readOnly = true)
    public List<LinkedClaim> linkedToEvent(UUID eventId) {
        currentUser.require();
        return claims.findLinkedToEvent(eventId);
    }

    @Transactional(readOnly = true)
    public ClaimDetails get(UUID claimId) {
        currentUser.require();
        return claims.findById(claimId).map(ClaimDetails::of).orElseThrow(ClaimService::notFound);
    }

    private void refuseSameWords(UUID articleId, TextAnchor anchor) {
        List<Claim> same = claims.findSameWords(articleId, anchor.start(), anchor.end());
        if (!same.isEmpty()) {
            throw new SameWordsException(same.getFirst().getId());
        }
    }

    private Claim requireVersion(UUID claimId, long seenVersion) {
        Claim claim = claims.findById(claimId).orElseThrow(ClaimService::notFound);
        if (claim.getVersion() != seenVersion) {
            throw conflict(Person.of(claim.getModifiedBy()).name());
        }
        return claim;
    }

    /** Flushes now so that a concurrent save shows up here, as a conflict, rather than later as a server error. */
    private void flushOrConflict() {
        try {
            claims.flush();
        } catch (ObjectOptimisticLockingFailureException concurrentSave) {
            throw conflict("someone else");
        }
    }

    private static EditConflictException conflict(String by) {
        return new EditConflictException("This claim was changed by " + by
                + " since you opened it. Your change was not saved; reload to see theirs.");
    }

    private static NotFoundException notFound() {
        return new NotFoundException("This claim does not exist any more. Someone may have deleted it.");
    }
}
