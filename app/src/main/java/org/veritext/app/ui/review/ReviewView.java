package org.veritext.app.ui.review;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.veritext.app.live.LiveTimer;
import org.veritext.app.live.LiveUpdates;
import org.veritext.app.live.RefreshThrottle;
import org.veritext.app.live.SignedInUi;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.assignment.AssignedArticle;
import org.veritext.core.assignment.AssignmentService;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.claim.QueuedClaim;
import org.veritext.core.claim.ReviewQueues;
import org.veritext.core.claim.ReviewQueues.Queue;
import org.veritext.core.claim.ReviewQueues.Queues;
import org.veritext.core.discussion.CommentService;
import org.veritext.core.project.ProjectRole;

/**
 * The signed-in user's home: the claims waiting for his review (never his own work), those sent back to him with
 * what the reviewer asked for, his drafts, the articles he is asked to work on, and what was approved lately; each
 * entry opens the article at its place. The lists follow colleagues' work live, re-read at most once a second however busy the newsroom is.
 */
@Route("review")
@RouteAlias("")
@PageTitle("My work · Veritext")
@PermitAll
@StyleSheet("context://css/team.css")
public class ReviewView extends Div {

    /** What can move a claim into, out of or within someone's queues, or change which projects he sees. */
    private static final Set<ChangeKind> QUEUE_CHANGES = EnumSet.of(ChangeKind.CLAIM_CREATED,
            ChangeKind.CLAIM_RESTATED, ChangeKind.CLAIM_EDITED, ChangeKind.CLAIM_DELETED, ChangeKind.CLAIM_REVIEWED,
            ChangeKind.CLAIM_RESTORED, ChangeKind.ARTICLE_ASSIGNED, ChangeKind.PROJECT_CHANGED);
    private static final Duration AT_MOST_EVERY = Duration.ofSeconds(1);

    private final ReviewQueues reviewQueues;
    private final AssignmentService assignments;
    private final CommentService comments;
    private final Access access;
    private final LiveUpdates liveUpdates;
    private final LiveTimer timer;

    private final Paragraph noProject = new Paragraph(
            "You are in no project yet \u2014 ask an admin or a project\u2019s manager to add you. Then your drafts, the "
                    + "claims waiting for your review and the work approved lately show here.");
    private final QueueSection<QueuedClaim> drafts =
            new QueueSection<>("queue-drafts", "My drafts", QueueEntries::claim);
    private final QueueSection<SentBack> changesRequested =
            new QueueSection<>("queue-changes-requested", "Changes requested of me", QueueEntries::sentBack);
    private final QueueSection<QueuedClaim> awaitingReview =
            new QueueSection<>("queue-awaiting-review", "Awaiting my review", QueueEntries::claim);
    private final QueueSection<QueuedClaim> approved =
            new QueueSection<>("queue-approved", "Recently approved", QueueEntries::claim);
    private final QueueSection<AssignedArticle> assigned =
            new QueueSection<>("queue-assigned", "Articles assigned to me", QueueEntries::assignment);
    /** What others wait for first, then what was sent back, then his own unfinished work. */
    private final Div queues = new Div(awaitingReview, changesRequested, drafts, assigned, approved);

    private Registration following;
    private RefreshThrottle throttle;

    public ReviewView(ReviewQueues reviewQueues, AssignmentService assignments, CommentService comments,
                      Access access, LiveUpdates liveUpdates, LiveTimer timer) {
        this.reviewQueues = reviewQueues;
        this.assignments = assignments;
        this.comments = comments;
        this.access = access;
        this.liveUpdates = liveUpdates;
        this.timer = timer;
        addClassName("review-view");
        noProject.setId("review-no-project");
        noProject.addClassName("review-empty-state");
        queues.addClassName("queues");
        add(new H2("My work"), noProject, queues);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        throttle = new RefreshThrottle(timer, SignedInUi.of(attach.getUI()), AT_MOST_EVERY, this::refresh);
        following = liveUpdates.subscribe(attach.getUI(), change -> QUEUE_CHANGES.contains(change.kind()),
                changes -> throttle.request());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.remove();
        throttle.close();
        super.onDetach(detach);
    }

    private void refresh() {
        Map<UUID, ProjectRole> roles = access.myRoles();
        noProject.setVisible(roles.isEmpty());
        queues.setVisible(!roles.isEmpty());
        if (roles.isEmpty()) {
            return;
        }
        boolean reviews = roles.values().stream().anyMatch(Permission.REVIEW::isGrantedTo);
        Queues mine = reviewQueues.mine();
        show(drafts, mine.myDrafts(), "No drafts. Open an article and select words to highlight a claim.");
        changesRequested.show(SentBack.of(mine.changesRequested().claims(), comments),
                mine.changesRequested().count(), "Nothing was sent back to you. When a reviewer asks for changes "
                        + "to one of your claims, it shows here with what he asked for.");
        show(awaitingReview, mine.awaitingMyReview(), reviews ? "Nothing waits for your review."
                : "You review in none of your projects, so nothing waits for you here.");
        show(approved, mine.recentlyApproved(), "Nothing was approved in your projects in the last two weeks.");
        var articles = assignments.mine();
        assigned.show(articles, articles.size(), "No articles are assigned to you. A project\u2019s manager can ask "
                + "you to annotate or review one.");
    }

    private static void show(QueueSection<QueuedClaim> section, Queue queue, String whenEmpty) {
        section.show(queue.claims(), queue.count(), whenEmpty);
    }
}
