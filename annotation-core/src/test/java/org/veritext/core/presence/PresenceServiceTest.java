package org.veritext.core.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.veritext.core.NotFoundException;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.MutableClock;
import org.veritext.core.testing.SignIn;
import org.veritext.core.user.Person;

/**
 * Two nodes on one database, told apart by their names, each keeping its own views alive as its heartbeat does. The
 * clock is moved by hand, so a node that stopped is seen to drop out without waiting for it.
 */
@Import(PresenceServiceTest.TestClock.class)
class PresenceServiceTest extends DatabaseTest {

    private static final String NODE_A = "node-a";
    private static final String NODE_B = "node-b";

    /**
     * Imported, not annotated: {@code CoreConfiguration} scans the whole package tree, test classes included, and
     * would hand a {@code @TestConfiguration} (and its frozen clock) to every other test.
     */
    static class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    private PresenceService presence;

    @Autowired
    private ArticleService articles;

    @Autowired
    private MutableClock clock;

    private UUID articleId;

    @BeforeEach
    void anArticleInTheDesk() {
        SignIn.as(ANNOTATOR);
        articleId = articles.importArticle(desk, NewArticle.of("Tram", "The tram will cost 48 million euros.")).id();
    }

    @Test
    void aViewOpenedOnOneNodeIsSeenFromTheOther() {
        SignIn.as(ANNOTATOR);
        presence.enter("view-a", NODE_A, articleId);

        SignIn.as(REVIEWER);
        presence.enter("view-b", NODE_B, articleId);

        assertThat(names(presence.present(articleId))).containsExactly(ANNOTATOR, REVIEWER);
        SignIn.as(ANNOTATOR);
        assertThat(names(presence.present(articleId))).containsExactly(ANNOTATOR, REVIEWER);
    }

    @Test
    void aViewClosedOnOneNodeIsGoneForTheOtherAtOnce() {
        SignIn.as(ANNOTATOR);
        presence.enter("view-a", NODE_A, articleId);
        SignIn.as(REVIEWER);
        presence.enter("view-b", NODE_B, articleId);

        presence.leave("view-a");

        assertThat(names(presence.present(articleId))).containsExactly(REVIEWER);
    }

    @Test
    void aNodeThatStopsItsHeartbeatDropsOutAfterTheStaleTimeWhileTheOtherStays() {
        SignIn.as(ANNOTATOR);
        presence.enter("view-a", NODE_A, articleId);
        SignIn.as(REVIEWER);
        presence.enter("view-b", NODE_B, articleId);

        // Node A dies: from now on only node B beats.
        beatOnlyNodeB(PresenceService.STALE_AFTER.dividedBy(PresenceService.HEARTBEAT));
        assertThat(names(presence.present(articleId))).as("at the stale time, not before").contains(ANNOTATOR);

        beatOnlyNodeB(1);
        assertThat(names(presence.present(articleId))).containsExactly(REVIEWER);
    }

    @Test
    void rowsOfADeadNodeAreClearedByTheNextHeartbeatLongAfter() {
        SignIn.as(ANNOTATOR);
        presence.enter("view-a", NODE_A, articleId);
        SignIn.as(REVIEWER);
        presence.enter("view-b", NODE_B, articleId);

        beatOnlyNodeB(PresenceService.STALE_AFTER.multipliedBy(4).dividedBy(PresenceService.HEARTBEAT) + 1);

        assertThat(jdbc.queryForList("SELECT view_id FROM presence", String.class)).containsExactly("view-b");
    }

    @Test
    void someoneWithTwoViewsOpenIsListedOnceAndStaysWhileOneIsOpen() {
        SignIn.as(REVIEWER);
        presence.enter("tab-1", NODE_A, articleId);
        presence.enter("tab-2", NODE_B, articleId);
        assertThat(names(presence.present(articleId))).containsExactly(REVIEWER);

        presence.leave("tab-1");

        assertThat(names(presence.present(articleId))).containsExactly(REVIEWER);
    }

    @Test
    void aViewThatMovesToAnotherArticleLeavesTheFirst() {
        SignIn.as(ANNOTATOR);
        UUID other = articles.importArticle(desk, NewArticle.of("Ferry", "The ferry is late.")).id();
        presence.enter("view-a", NODE_A, articleId);

        presence.enter("view-a", NODE_A, other);

        assertThat(presence.present(articleId)).isEmpty();
        assertThat(names(presence.present(other))).containsExactly(ANNOTATOR);
    }

    @Test
    void whoIsInAnArticleIsHiddenFromThoseOutsideItsProject() {
        SignIn.as(OUTSIDER);

        assertThatThrownBy(() -> presence.present(articleId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> presence.enter("view-x", NODE_A, articleId)).isInstanceOf(NotFoundException.class);
    }

    /** Heartbeats of node B only, one heartbeat interval apart. */
    private void beatOnlyNodeB(long beats) {
        for (long beat = 0; beat < beats; beat++) {
            clock.advance(PresenceService.HEARTBEAT);
            presence.keepAlive(List.of("view-b"));
        }
    }

    private static List<String> names(List<Person> people) {
        return people.stream().map(Person::name).toList();
    }
}
