package org.veritext.core.discussion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.text.Excerpt;
import org.veritext.core.DomainException;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.claim.ClaimLookup.ClaimParties;
import org.veritext.core.notification.NotificationKind;
import org.veritext.core.notification.Notifier;
import org.veritext.core.project.Memberships;
import org.veritext.core.text.FieldText;
import org.veritext.core.user.Person;
import org.veritext.core.user.UserLookup;

/**
 * Writes a comment with everything that goes with it: the members its @mentions name are notified, the claim's
 * people hear of it, and the change log carries it to every open view. It checks no user: {@link CommentService}
 * and the claim service (for the note of a review decision) check before they call it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Comments {

    private final CommentRepository comments;
    private final Memberships memberships;
    private final UserLookup users;
    private final Notifier notifier;
    private final ChangeLog changeLog;
    private final Clock clock;

    Comments(CommentRepository comments, Memberships memberships, UserLookup users, Notifier notifier,
             ChangeLog changeLog, Clock clock) {
        this.comments = comments;
        this.memberships = memberships;
        this.users = users;
        this.notifier = notifier;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Adds a comment to the claim; {@code parentId} is the comment it answers, if any. The claim's maker, its last
     * editor and the author of the answered comment hear of it ({@code alsoTell} too, e.g. nobody for a decision,
     * which the caller announces itself).
     */
    public CommentDetails add(ClaimParties claim, UUID parentId, UUID authorId, CommentKind kind, String rawBody,
                              boolean tellTheClaimsPeople) {
        String body = FieldText.optionalText(rawBody, CommentLimits.BODY);
        if (body.isEmpty()) {
            throw new DomainException(kind == CommentKind.COMMENT ? "Write something before you send the comment."
                    : "Say why, so that the annotator knows what to do.");
        }
        Comment parent = null;
        if (parentId != null) {
            parent = comments.findById(parentId).filter(c -> c.getClaimId().equals(claim.claimId()))
                    .orElseThrow(() -> new DomainException("The comment you answer was not found on this claim."));
        }
        Comment comment = comments.save(new Comment(claim.claimId(), parentId, authorId, kind, body, clock.instant()));
        List<Person> mentioned = mentionedMembers(claim, body);
        Person author = users.people(List.of(authorId)).get(authorId);
        String who = author == null ? "Someone" : author.name();
        notifier.notify(mentioned.stream().map(Person::id).toList(), NotificationKind.MENTIONED, claim.claimId(),
                claim.articleId(), authorId, who + " mentioned you: " + excerpt(body));
        if (tellTheClaimsPeople) {
            Set<UUID> people = new LinkedHashSet<>();
            people.add(claim.facts().createdBy());
            people.add(claim.facts().lastEditedBy());
            if (parent != null) {
                people.add(parent.getAuthorId());
            }
            mentioned.forEach(person -> people.remove(person.id()));
            notifier.notify(people, NotificationKind.COMMENTED, claim.claimId(), claim.articleId(), authorId,
                    who + " commented on \u201C" + excerpt(claim.quote()) + "\u201D: " + excerpt(body));
        }
        UUID commentId = comment.getId();
        changeLog.record(ChangeKind.COMMENT_ADDED, authorId, commentId, claim.articleId(),
                () -> Map.of("claimId", claim.claimId().toString(), "kind", kind.name(), "body", body));
        return new CommentDetails(commentId, claim.claimId(), parentId, parent == null ? 0 : 1, author, kind, body,
                comment.getCreatedAt(), mentioned);
    }

    /** The claim's thread: each comment followed by its answers, oldest first. */
    public List<CommentDetails> thread(UUID claimId) {
        List<Comment> all = comments.findByClaimIdOrderByCreatedAt(claimId);
        Map<UUID, Person> people = users.people(all.stream().map(Comment::getAuthorId).distinct().toList());
        List<CommentDetails> ordered = new ArrayList<>();
        addAnswers(null, 0, all, people, ordered);
        return ordered;
    }

    public long count(UUID claimId) {
        return comments.countByClaimId(claimId);
    }

    private void addAnswers(UUID parentId, int depth, List<Comment> all, Map<UUID, Person> people,
                            List<CommentDetails> ordered) {
        for (Comment comment : all) {
            if (java.util.Objects.equals(comment.getParentId(), parentId)) {
                ordered.add(new CommentDetails(comment.getId(), comment.getClaimId(), parentId, depth,
                        people.get(comment.getAuthorId()), comment.getKind(), comment.getBody(),
                        comment.getCreatedAt(), List.of()));
                addAnswers(comment.getId(), Math.min(depth + 1, 8), all, people, ordered);
            }
        }
    }

    /** The project members named with @username; names of people outside the project stay plain text. */
    private List<Person> mentionedMembers(ClaimParties claim, String body) {
        List<Person> found = new ArrayList<>();
        for (String username : MentionedUsers.in(body)) {
            users.byUsername(username)
                    .filter(person -> memberships.roleOf(claim.projectId(), person.id()).isPresent())
                    .ifPresent(found::add);
        }
        return found;
    }

    private static String excerpt(String text) {
        return Excerpt.of(text, 120);
    }
}
