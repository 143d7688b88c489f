package org.veritext.core.mention;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.DomainException;
import org.veritext.core.NotFoundException;
import org.veritext.core.actor.Actor;
import org.veritext.core.actor.ActorLookup;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.Article;
import org.veritext.core.article.ArticleLookup;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.event.Event;
import org.veritext.core.event.EventLookup;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/** The door to mentions: marking where an actor or an event is named in an article, and unmarking it. */
@Service
@Transactional
public class MentionService {

    private final MentionRepository mentions;
    private final ArticleLookup articles;
    private final ActorLookup actors;
    private final EventLookup events;
    private final Access access;
    private final UserLookup users;
    private final ChangeLog changeLog;
    private final Clock clock;

    MentionService(MentionRepository mentions, ArticleLookup articles, ActorLookup actors, EventLookup events,
                   Access access, UserLookup users, ChangeLog changeLog, Clock clock) {
        this.mentions = mentions;
        this.articles = articles;
        this.actors = actors;
        this.events = events;
        this.access = access;
        this.users = users;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Marks the selection as naming this actor. Marking the same words for the same actor twice is refused. */
    public MentionDetails mentionActor(UUID articleId, TextSelection selection, UUID actorId) {
        return create(articleId, selection, actors.require(actorId), null);
    }

    /** Marks the selection as naming this event. */
    public MentionDetails mentionEvent(UUID articleId, TextSelection selection, UUID eventId) {
        return create(articleId, selection, null, events.require(eventId));
    }

    public void delete(UUID mentionId) {
        Mention mention = mentions.findById(mentionId).orElseThrow(MentionService::notFound);
        SignedInUser user = access.require(Permission.ANNOTATE, mention.getArticle().getProjectId(),
                MentionService::notFound);
        UUID articleId = mention.getArticle().getId();
        mentions.delete(mention);
        changeLog.record(ChangeKind.MENTION_DELETED, user.id(), mentionId, articleId, null);
    }

    @Transactional(readOnly = true)
    public List<MentionDetails> mentionsOf(UUID articleId) {
        access.require(Permission.READ, articles.require(articleId).getProjectId(), MentionService::articleNotFound);
        return mentions.findByArticleInTextOrder(articleId).stream().map(MentionDetails::of).toList();
    }

    private MentionDetails create(UUID articleId, TextSelection selection, Actor actor, Event event) {
        Article article = articles.require(articleId);
        SignedInUser user = access.require(Permission.ANNOTATE, article.getProjectId(), MentionService::articleNotFound);
        Mention mention = Mention.of(article, selection, actor, event, users.reference(user), clock.instant());
        boolean alreadyMarked = mentions.findByArticleInTextOrder(articleId).stream().anyMatch(other ->
                other.getAnchor().start() == mention.getAnchor().start()
                        && other.getAnchor().end() == mention.getAnchor().end()
                        && same(other.getActor(), actor) && same(other.getEvent(), event));
        if (alreadyMarked) {
            throw new DomainException("These words are already marked as naming " + (actor != null ? actor.getName()
                    : event.getTitle()) + ".");
        }
        Mention saved = mentions.saveAndFlush(mention);
        changeLog.record(ChangeKind.MENTION_CREATED, user.id(), saved.getId(), articleId, () -> MentionState.of(saved));
        return MentionDetails.of(saved);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("This mention does not exist any more. Someone may have removed it.");
    }

    private static NotFoundException articleNotFound() {
        return new NotFoundException("This article does not exist, or it is in a project you are not in.");
    }

    private static boolean same(Actor a, Actor b) {
        return a == null ? b == null : b != null && a.getId().equals(b.getId());
    }

    private static boolean same(Event a, Event b) {
        return a == null ? b == null : b != null && a.getId().equals(b.getId());
    }
}
