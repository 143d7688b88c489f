package org.veritext.core.claim;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.review.ReviewState;
import org.veritext.core.user.CurrentUser;
import org.veritext.core.user.SignedInUser;

/**
 * Each user's work, as his home page lists it: his drafts, the claims sent back to him, the claims waiting for his
 * review (never his own: four eyes), and what was approved lately in his projects.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueues {

    /** The most shown in one queue; its count says how many there are in all. */
    static final int SHOWN = 100;
    static final Duration RECENT = Duration.ofDays(14);

    private final ClaimRepository claims;
    private final Access access;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewQueues(ClaimRepository claims, Access access, CurrentUser currentUser, Clock clock) {
        this.claims = claims;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One queue: the claims shown (at most {@value #SHOWN}) and how many there are. */
    public record Queue(List<QueuedClaim> claims, long count) {

        static Queue of(List<QueuedClaim> claims, long count) {
            return new Queue(claims, count);
        }
    }

    /** The signed-in user's four queues. */
    public record Queues(Queue myDrafts, Queue changesRequested, Queue awaitingMyReview, Queue recentlyApproved) {
    }

    public Queues mine() {
        SignedInUser me = currentUser.require();
        Map<UUID, ProjectRole> roles = access.myRoles();
        if (roles.isEmpty()) {
            Queue none = Queue.of(List.of(), 0);
            return new Queues(none, none, none, none);
        }
        Set<UUID> projects = roles.keySet();
        Set<UUID> reviewing = roles.entrySet().stream().filter(e -> Permission.REVIEW.isGrantedTo(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Limit shown = Limit.of(SHOWN);
        Queue drafts = Queue.of(claims.findMine(me.id(), ReviewState.DRAFT, projects, shown),
                claims.countMine(me.id(), ReviewState.DRAFT, projects));
        Queue sentBack = Queue.of(claims.findMine(me.id(), ReviewState.CHANGES_REQUESTED, projects, shown),
                claims.countMine(me.id(), ReviewState.CHANGES_REQUESTED, projects));
        Queue toReview = reviewing.isEmpty() ? Queue.of(List.of(), 0)
                : Queue.of(claims.findAwaitingReviewBy(me.id(), reviewing, shown),
                        claims.countAwaitingReviewBy(me.id(), reviewing));
        java.time.Instant since = clock.instant().minus(RECENT);
        Queue approved = Queue.of(claims.findMovedSince(ReviewState.APPROVED, since, projects, shown),
                claims.countMovedSince(ReviewState.APPROVED, since, projects));
        return new Queues(drafts, sentBack, toReview, approved);
    }
}
