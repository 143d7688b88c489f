package org.veritext.core.assignment;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.DomainException;
import org.veritext.core.NotFoundException;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.article.Article;
import org.veritext.core.article.ArticleLookup;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.notification.NotificationKind;
import org.veritext.core.notification.Notifier;
import org.veritext.core.project.Memberships;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.user.CurrentUser;
import org.veritext.core.user.Person;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/**
 * The door to assignments: a manager asks annotators to annotate an article and reviewers to review it. Members of
 * the project see who is asked.
 */
@Service
@Transactional
public class AssignmentService {

    static final int SHOWN = 100;

    private final ArticleAssignmentRepository assignments;
    private final ArticleLookup articles;
    private final Access access;
    private final Memberships memberships;
    private final UserLookup users;
    private final Notifier notifier;
    private final ChangeLog changeLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentService(ArticleAssignmentRepository assignments, ArticleLookup articles, Access access,
                      Memberships memberships, UserLookup users, Notifier notifier, ChangeLog changeLog,
                      CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.articles = articles;
        this.access = access;
        this.memberships = memberships;
        this.users = users;
        this.notifier = notifier;
        this.changeLog = changeLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Assignment> of(UUID articleId) {
        Article article = articles.require(articleId);
        access.require(Permission.READ, article.getProjectId(), AssignmentService::notFound);
        return list(articleId);
    }

    /**
     * The articles the signed-in user is asked to annotate or review (at most {@value #SHOWN}, newest first), in the
     * projects he is still a member of: an assignment outlives a membership, but must not show what he may no
     * longer read.
     */
    @Transactional(readOnly = true)
    public List<AssignedArticle> mine() {
        SignedInUser me = currentUser.require();
        Set<UUID> projects = access.visibleProjects();
        return projects.isEmpty() ? List.of()
                : assignments.findAssignedArticles(me.id(), projects, Limit.of(SHOWN));
    }

    /** Asks a member to annotate or review the article; he must have a role that does that. */
    public List<Assignment> assign(UUID articleId, UUID userId, Duty duty) {
        Article article = articles.require(articleId);
        SignedInUser by = access.require(Permission.MANAGE_WORK, article.getProjectId(), AssignmentService::notFound);
        ProjectRole role = memberships.roleOf(article.getProjectId(), userId).orElseThrow(() ->
                new DomainException("Only members of the project can be assigned. Add the person to it first."));
        Permission needed = duty == Duty.REVIEW ? Permission.REVIEW : Permission.ANNOTATE;
        if (!needed.isGrantedTo(role)) {
            throw new DomainException("A " + role.label().toLowerCase(java.util.Locale.ROOT) + " cannot "
                    + duty.label().toLowerCase(java.util.Locale.ROOT) + ": choose someone whose role allows it.");
        }
        if (!assignments.existsById(new ArticleAssignment.Key(articleId, userId, duty))) {
            assignments.save(new ArticleAssignment(articleId, userId, duty, by.id(), clock.instant()));
            notifier.notify(List.of(userId), NotificationKind.ASSIGNED, null, articleId, by.id(),
                    "You are asked to " + duty.label().toLowerCase(java.util.Locale.ROOT) + " \u201C"
                            + article.getTitle() + "\u201D.");
            recorded(by, article);
        }
        return list(articleId);
    }

    public List<Assignment> unassign(UUID articleId, UUID userId, Duty duty) {
        Article article = articles.require(articleId);
        SignedInUser by = access.require(Permission.MANAGE_WORK, article.getProjectId(), AssignmentService::notFound);
        ArticleAssignment.Key key = new ArticleAssignment.Key(articleId, userId, duty);
        if (assignments.existsById(key)) {
            assignments.deleteById(key);
            recorded(by, article);
        }
        return list(articleId);
    }

    private void recorded(SignedInUser by, Article article) {
        assignments.flush();
        changeLog.record(ChangeKind.ARTICLE_ASSIGNED, by.id(), article.getId(), article.getId(),
                () -> assignments.findByArticleId(article.getId()).stream()
                        .map(a -> Map.of("user", a.getUserId().toString(), "duty", a.getDuty().name())).toList());
    }

    private List<Assignment> list(UUID articleId) {
        List<ArticleAssignment> list = assignments.findByArticleId(articleId);
        Map<UUID, Person> people = users.people(list.stream().map(ArticleAssignment::getUserId).toList());
        return list.stream().map(a -> new Assignment(people.get(a.getUserId()), a.getDuty(), a.getAssignedAt()))
                .sorted(Comparator.comparing((Assignment a) -> a.duty().ordinal())
                        .thenComparing(a -> a.person().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("This article does not exist, or it is in a project you are not in.");
    }
}
