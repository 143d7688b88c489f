package org.veritext.core.claim;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.NotFoundException;
import org.veritext.core.access.Access;
import org.veritext.core.access.ClaimAction;
import org.veritext.core.access.Permission;
import org.veritext.core.actor.ActorLookup;
import org.veritext.core.anchor.TextAnchor;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.Article;
import org.veritext.core.article.ArticleLookup;
import org.veritext.core.assignment.AssignmentLookup;
import org.veritext.core.assignment.Duty;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.discussion.CommentKind;
import org.veritext.core.discussion.Comments;
import org.veritext.core.event.Event;
import org.veritext.core.event.EventLookup;
import org.veritext.core.notification.NotificationKind;
import org.veritext.core.notification.Notifier;
import org.veritext.core.project.Memberships;
import org.veritext.core.review.ReviewMove;
import org.veritext.core.text.Excerpt;
import org.veritext.core.user.Person;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/**
 * The door to claims: highlighting one in an article, editing it, moving it through review, deleting it, listing
 * them. Every call asks the access policy first; every change is checked against the claim's version (never a
 * silent overwrite) and recorded in the change log.
 */
@Service
@Transactional
public class ClaimService {

    private final ClaimRepository claims;
    private final ArticleLookup articles;
    private final Access access;
    private final Memberships memberships;
    private final UserLookup users;
    private final ActorLookup actors;
    private final EventLookup events;
    private final ClaimLookup lookup;
    private final Comments comments;
    private final Notifier notifier;
    private final AssignmentLookup assignments;
    private final ClaimStates states;
    private final ChangeLog changeLog;
    private final Clock clock;

    ClaimService(ClaimRepository claims, ArticleLookup articles, Access access, Memberships memberships,
                 UserLookup users, ActorLookup actors, EventLookup events, ClaimLookup lookup, Comments comments,
                 Notifier notifier, AssignmentLookup assignments, ClaimStates states, ChangeLog changeLog,
                 Clock clock) {
        this.claims = claims;
        this.articles = articles;
        this.access = access;
        this.memberships = memberships;
        this.users = users;
        this.actors = actors;
        this.events = events;
        this.lookup = lookup;
        this.comments = comments;
        this.notifier = notifier;
        this.assignments = assignments;
        this.states = states;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Highlights a claim; the selection must match the article's text exactly (see {@link TextAnchor#select}), and
     * no other claim may cover exactly the same words ({@link SameWordsException} points to it).
     */
    public ClaimDetails create(UUID articleId, TextSelection selection, String restatement) {
        Article article = articles.require(articleId);
        SignedInUser user = access.require(Permission.ANNOTATE, article.getProjectId(), ClaimService::articleNotFound);
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
        Claim claim = requireVersion(claimId, seenVersion);
        SignedInUser user = access.require(ClaimAction.EDIT, claim.facts(), ClaimService::notFound);
        apply(claim, edit, user);
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
        Claim claim = requireVersion(claimId, seenVersion);
        SignedInUser user = access.require(ClaimAction.EDIT, claim.facts(), ClaimService::notFound);
        claim.restate(restatement, users.reference(user), clock.instant());
        flushOrConflict();
        changeLog.record(ChangeKind.CLAIM_RESTATED, user.id(), claimId, claim.getArticle().getId(),
                () -> ClaimDetails.of(claim));
        return ClaimDetails.of(claim);
    }

    /**
     * Moves the claim in review, as the user saw it at {@code seenVersion}: a reviewer approves exactly what he
     * read. Requesting changes and rejecting need a comment, which goes into the claim's discussion. The people
     * concerned are notified: the reviewers on submission, the claim's maker and last editor on a decision.
     */
    public ClaimDetails move(UUID claimId, long seenVersion, ReviewMove move, String comment) {
        Claim claim = requireVersion(claimId, seenVersion);
        SignedInUser user = access.require(ClaimAction.of(move), claim.facts(), ClaimService::notFound);
        boolean hasComment = comment != null && !comment.isBlank();
        if (move.needsComment() && !hasComment) {
            throw new DomainException(move.label() + " needs a comment: say what is wrong, so that the annotator "
                    + "knows what to do.");
        }
        ClaimLookup.ClaimParties before = lookup.find(claimId).orElseThrow(ClaimService::notFound);
        claim.move(move, users.reference(user), clock.instant());
        flushOrConflict();
        if (hasComment) {
            comments.add(before, null, user.id(), commentKind(move), comment, false);
        }
        notifyAbout(move, claim, before, user, comment);
        changeLog.record(ChangeKind.CLAIM_REVIEWED, user.id(), claimId, claim.getArticle().getId(),
                () -> ClaimDetails.of(claim));
        return ClaimDetails.of(claim);
    }

    /** Asks one reviewer of the project to review the claim (null: any reviewer); he is notified. */
    public ClaimDetails assignReviewer(UUID claimId, long seenVersion, UUID reviewerId) {
        Claim claim = requireVersion(claimId, seenVersion);
        SignedInUser user = access.require(ClaimAction.ASSIGN_REVIEWER, claim.facts(), ClaimService::notFound);
        if (reviewerId != null) {
            boolean reviews = memberships.roleOf(claim.getArticle().getProjectId(), reviewerId)
                    .filter(Permission.REVIEW::isGrantedTo).isPresent();
            if (!reviews) {
                throw new DomainException("Choose a reviewer or a manager of this project.");
            }
            if (reviewerId.equals(claim.facts().createdBy()) || reviewerId.equals(claim.facts().lastEditedBy())) {
                throw new DomainException("Four eyes: this person made or last edited the claim. Choose someone else.");
            }
        }
        claim.assignReviewer(reviewerId == null ? null : users.require(reviewerId));
        flushOrConflict();
        if (reviewerId != null) {
            notifier.notify(List.of(reviewerId), NotificationKind.REVIEW_REQUESTED, claimId,
                    claim.getArticle().getId(), user.id(), "Please review \u201C" + excerpt(claim) + "\u201D.");
        }
        changeLog.record(ChangeKind.CLAIM_REVIEWED, user.id(), claimId, claim.getArticle().getId(),
                () -> ClaimDetails.of(claim));
        return ClaimDetails.of(claim);
    }

    /**
     * Puts back what the claim said after an earlier change of its history ({@code position} in the change log):
     * restatement, verdict, rationale, evidence, tags and links. Itself a recorded change; the review state stays.
     * Links to actors or events that no longer exist are left out, and the result says which.
     */
    public Restored restore(UUID claimId, long seenVersion, long position) {
        Claim claim = requireVersion(claimId, seenVersion);
        SignedInUser user = access.require(ClaimAction.RESTORE, claim.facts(), ClaimService::notFound);
        ClaimSnapshot snapshot = changeLog.of(claimId).stream()
                .filter(change -> change.position() == position && change.state() != null)
                .findFirst().map(change -> states.parse(change.state()))
                .orElseThrow(() -> new NotFoundException("That version is not in this claim's history."));
        List<String> leftOut = new ArrayList<>();
        ClaimEdit edit = snapshot.toEdit(actors::exists, events::exists, leftOut);
        apply(claim, edit, user);
        flushOrConflict();
        changeLog.record(ChangeKind.CLAIM_RESTORED, user.id(), claimId, claim.getArticle().getId(),
                () -> states.restored(ClaimDetails.of(claim), position));
        return new Restored(ClaimDetails.of(claim), leftOut);
    }

    /** Deletes a claim: its maker while it is with him, or a manager; never an approved or rejected claim. */
    public void delete(UUID claimId, long seenVersion) {
        Claim claim = requireVersion(claimId, seenVersion);
        SignedInUser user = access.require(ClaimAction.DELETE, claim.facts(), ClaimService::notFound);
        UUID articleId = claim.getArticle().getId();
        claims.delete(claim);
        flushOrConflict();
        changeLog.record(ChangeKind.CLAIM_DELETED, user.id(), claimId, articleId, null);
    }

    /**
     * Marks the claim as a repeat of an earlier claim (the same claim, already checked), or clears the mark
     * ({@code earlierClaimId} null), if nobody else saved the claim since {@code seenVersion}. Allowed to whoever may
     * edit the claim now, and the earlier claim must be one the user may see.
     */
    public ClaimDetails markRepeatOf(UUID claimId, long seenVersion, UUID earlierClaimId) {
        Claim claim = requireVersion(claimId, seenVersion);
        // A mark changes the claim: allowed exactly when editing is (not on an approved or rejected claim).
        SignedInUser user = access.require(ClaimAction.EDIT, claim.facts(), ClaimService::notFound);
        if (earlierClaimId != null) {
            if (earlierClaimId.equals(claimId)) {
                throw new DomainException("A claim cannot be a repeat of itself.");
            }
            Claim earlier = claims.findById(earlierClaimId).orElseThrow(ClaimService::earlierNotFound);
            access.require(Permission.READ, earlier.getArticle().getProjectId(), ClaimService::earlierNotFound);
            refuseCircle(claimId, earlier);
        }
        claim.markRepeatOf(earlierClaimId, users.reference(user), clock.instant());
        flushOrConflict();
        changeLog.record(ChangeKind.CLAIM_REPEAT_MARKED, user.id(), claimId, claim.getArticle().getId(),
                () -> ClaimDetails.of(claim));
        return ClaimDetails.of(claim);
    }

    /**
     * Both ways of the "repeat of" link, as far as the user may see them: the earlier claim this one repeats (null if
     * none, or if it is in a project the user is not a member of), and the claims marked as repeats of this one,
     * newest first.
     */
    @Transactional(readOnly = true)
    public Repeats repeats(UUID claimId) {
        Claim claim = claims.findById(claimId).orElseThrow(ClaimService::notFound);
        access.require(Permission.READ, claim.getArticle().getProjectId(), ClaimService::notFound);
        Set<UUID> projects = access.visibleProjects();
        LinkedClaim repeatOf = claim.getRepeatOfId() == null ? null
                : claims.findLinkedClaim(claim.getRepeatOfId(), projects).stream().findFirst().orElse(null);
        return new Repeats(repeatOf, claims.findRepeatsOf(claimId, projects));
    }

    @Transactional(readOnly = true)
    public List<ClaimDetails> claimsOf(UUID articleId) {
        Article article = articles.require(articleId);
        access.require(Permission.READ, article.getProjectId(), ClaimService::articleNotFound);
        return claims.findByArticleInTextOrder(articleId).stream().map(ClaimDetails::of).toList();
    }

    /** The claims an actor is linked to, in the user's projects, newest first, with his role in each. */
    @Transactional(readOnly = true)
    public List<LinkedClaim> linkedToActor(UUID actorId) {
        access.require(Permission.READ_CATALOG);
        Set<UUID> projects = access.visibleProjects();
        return projects.isEmpty() ? List.of() : claims.findLinkedToActor(actorId, projects);
    }

    /** The claims about an event, in the user's projects, newest first. */
    @Transactional(readOnly = true)
    public List<LinkedClaim> linkedToEvent(UUID eventId) {
        access.require(Permission.READ_CATALOG);
        Set<UUID> projects = access.visibleProjects();
        return projects.isEmpty() ? List.of() : claims.findLinkedToEvent(eventId, projects);
    }

    @Transactional(readOnly = true)
    public ClaimDetails get(UUID claimId) {
        Claim claim = claims.findById(claimId).orElseThrow(ClaimService::notFound);
        access.require(Permission.READ, claim.getArticle().getProjectId(), ClaimService::notFound);
        return ClaimDetails.of(claim);
    }

    /** A claim's "repeat of" link both ways: the earlier claim it repeats (or null), and the claims repeating it. */
    public record Repeats(LinkedClaim repeatOf, List<LinkedClaim> repeatedBy) {

        public Repeats {
            repeatedBy = List.copyOf(repeatedBy);
        }
    }

    /** A restored claim, and the links of the old version that could not be put back (their actor is gone). */
    public record Restored(ClaimDetails claim, List<String> leftOut) {
    }

    private void apply(Claim claim, ClaimEdit edit, SignedInUser user) {
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
    }

    private void notifyAbout(ReviewMove move, Claim claim, ClaimLookup.ClaimParties before, SignedInUser user,
                             String comment) {
        UUID articleId = claim.getArticle().getId();
        String quote = "\u201C" + excerpt(claim) + "\u201D";
        // The comment itself is in the claim's thread; the notification quotes its beginning.
        String because = comment == null || comment.isBlank() ? "" : ": " + Excerpt.of(comment, 200);
        switch (move) {
            case SUBMIT -> {
                List<UUID> reviewers = before.reviewerId() != null ? List.of(before.reviewerId())
                        : assignments.assignees(articleId, Duty.REVIEW);
                notifier.notify(reviewers, NotificationKind.REVIEW_REQUESTED, claim.getId(), articleId, user.id(),
                        quote + " was submitted for your review.");
            }
            case APPROVE, REQUEST_CHANGES, REJECT -> notifier.notify(
                    List.of(before.facts().createdBy(), before.facts().lastEditedBy()), NotificationKind.REVIEWED,
                    claim.getId(), articleId, user.id(), quote + " " + pastTense(move) + because);
            case REOPEN -> notifier.notify(List.of(before.facts().createdBy()), NotificationKind.REOPENED,
                    claim.getId(), articleId, user.id(), quote + " was reopened" + because);
        }
    }

    private static String pastTense(ReviewMove move) {
        return switch (move) {
            case APPROVE -> "was approved";
            case REQUEST_CHANGES -> "needs changes";
            case REJECT -> "was rejected";
            default -> move.label().toLowerCase(Locale.ROOT);
        };
    }

    private static CommentKind commentKind(ReviewMove move) {
        return switch (move) {
            case APPROVE -> CommentKind.APPROVED;
            case REQUEST_CHANGES -> CommentKind.CHANGES_REQUESTED;
            case REJECT -> CommentKind.REJECTED;
            case REOPEN -> CommentKind.REOPENED;
            case SUBMIT -> CommentKind.COMMENT;
        };
    }

    private static String excerpt(Claim claim) {
        return Excerpt.of(claim.getRestatement().isEmpty() ? claim.getAnchor().quote() : claim.getRestatement(), 80);
    }

    private void refuseSameWords(UUID articleId, TextAnchor anchor) {
        List<Claim> same = claims.findSameWords(articleId, anchor.start(), anchor.end());
        if (!same.isEmpty()) {
            throw new SameWordsException(same.getFirst().getId());
        }
    }

    /**
     * The claim, if the user's version is current. A non-member is told "not found" before anything else, so that
     * a version conflict does not reveal that the claim exists.
     */
    private Claim requireVersion(UUID claimId, long seenVersion) {
        Claim claim = claims.findById(claimId).orElseThrow(ClaimService::notFound);
        access.require(Permission.READ, claim.getArticle().getProjectId(), ClaimService::notFound);
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
                + " since you opened it. Your change was not saved.");
    }

    private static NotFoundException notFound() {
        return new NotFoundException("This claim does not exist any more. Someone may have deleted it.");
    }

    /** Refuses a mark that would make a circle (A repeats B repeats A): one of them must be the earlier. */
    private void refuseCircle(UUID claimId, Claim earlier) {
        UUID next = earlier.getRepeatOfId();
        for (int step = 0; next != null && step < 1000; step++) {
            if (next.equals(claimId)) {
                throw new DomainException("That claim is itself marked as a repeat of this one. Clear that mark "
                        + "first, or mark the other way round.");
            }
            next = claims.findById(next).map(Claim::getRepeatOfId).orElse(null);
        }
    }

    private static NotFoundException earlierNotFound() {
        return new NotFoundException("The earlier claim does not exist any more, or you may not see it.");
    }

    private static NotFoundException articleNotFound() {
        return new NotFoundException("This article does not exist, or it was removed.");
    }
}
