package org.veritext.core.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.actor.ActorType;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.event.EventDetails;
import org.veritext.core.event.EventDraft;
import org.veritext.core.event.EventService;
import org.veritext.core.event.EventType;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;

@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class MentionServiceTest extends DatabaseTest {

    private static final String TEXT = "Erdoğan opened the Istanbul talks. Umerov and Medinsky sat face to face.";

    @Autowired
    private MentionService mentions;

    @Autowired
    private ActorService actors;

    @Autowired
    private EventService events;

    @Autowired
    private ArticleService articles;

    private UUID articleId;

    @BeforeEach
    void importArticle() {
        articleId = articles.importArticle(desk, NewArticle.of("Talks", TEXT)).id();
    }

    @Test
    void marksWhereActorsAndEventsAreNamedInTextOrder() {
        ActorDetails umerov = actors.create(ActorDraft.of("Rustem Umerov", ActorType.PERSON), DuplicateCheck.WARN);
        EventDetails talks = events.create(EventDraft.of("Istanbul talks", EventType.TALKS));
        long before = changeLog.head();

        MentionDetails actor = mentions.mentionActor(articleId, Selections.of(TEXT, "Umerov"), umerov.id());
        MentionDetails event = mentions.mentionEvent(articleId, Selections.of(TEXT, "Istanbul talks"), talks.id());

        assertThat(mentions.mentionsOf(articleId)).containsExactly(event, actor);
        assertThat(actor.label()).isEqualTo("Rustem Umerov");
        assertThat(event.label()).isEqualTo("Istanbul talks");
        assertThat(changesAfter(before)).containsExactly("MENTION_CREATED " + actor.id(),
                "MENTION_CREATED " + event.id());
    }

    @Test
    void refusesTheSameMarkTwiceAndAForgedSelection() {
        ActorDetails umerov = actors.create(ActorDraft.of("Rustem Umerov", ActorType.PERSON), DuplicateCheck.WARN);
        mentions.mentionActor(articleId, Selections.of(TEXT, "Umerov"), umerov.id());

        assertThatThrownBy(() -> mentions.mentionActor(articleId, Selections.of(TEXT, "Umerov"), umerov.id()))
                .hasMessage("These words are already marked as naming Rustem Umerov.");
        assertThatThrownBy(() -> mentions.mentionActor(articleId,
                new org.veritext.core.anchor.TextSelection(0, 6, "Putin!"), umerov.id()))
                .hasMessageContaining("does not match");
        assertThat(mentions.mentionsOf(articleId)).hasSize(1);
    }

    @Test
    void unmarksAMention() {
        ActorDetails umerov = actors.create(ActorDraft.of("Rustem Umerov", ActorType.PERSON), DuplicateCheck.WARN);
        MentionDetails mention = mentions.mentionActor(articleId, Selections.of(TEXT, "Umerov"), umerov.id());

        mentions.delete(mention.id());

        assertThat(mentions.mentionsOf(articleId)).isEmpty();
        assertThat(changesAfter(0)).contains("MENTION_DELETED " + mention.id());
    }
}
