package org.veritext.app.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veritext.core.article.NewArticle;
import org.veritext.core.changes.Change;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.testing.Eventually;
import org.veritext.core.testing.RequiresPostgres;
import org.veritext.core.testing.Selections;
import org.veritext.core.testing.TestPostgres;
import org.veritext.search.query.ClaimHit;

/**
 * Two nodes on one PostgreSQL, each with its own search index: what is saved through one is found through the
 * other within moments. Polling is turned down to once an hour on both, so that only PostgreSQL's NOTIFY (which
 * every append sends at commit) can bring a change across in time: were the notifications lost, these tests would
 * wait an hour and fail, where with the default polling they would pass a second later and hide it.
 */
@RequiresPostgres
class TwoNodesTest {

    private static final Duration ACROSS_NODES = Duration.ofSeconds(5);
    private static final String DATABASE = TestPostgres.newDatabaseName();
    private static final String WRITER = "two-nodes";
    private static final String TEXT = "The ferry to Hel ran twice a day in summer.\n\n"
            + "The harbour master said the new quay would open in May.\n\n"
            + "Tickets cost nine zloty for adults.";

    private static ApplicationNode first;
    private static ApplicationNode second;
    private static UUID writerId;
    private static UUID articleId;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        String url = TestPostgres.createDatabase(DATABASE);
        Path folder = Path.of("target", "test-data", "two-nodes-" + UUID.randomUUID());
        first = start(folder.resolve("first"), url);
        second = start(folder.resolve("second"), url);
        writerId = first.createAnnotator(WRITER);
        articleId = ApplicationNode.as(WRITER, () -> first.articles().importArticle(first.testDesk(),
                NewArticle.of("Hel", TEXT)).id());
    }

    @AfterAll
    static void stopNodes() {
        for (ApplicationNode node : new ApplicationNode[] {second, first}) {
            if (node != null) {
                node.close();
            }
        }
        TestPostgres.dropDatabase(DATABASE);
    }

    @Test
    void aClaimSavedThroughOneNodeIsFoundThroughTheOther() {
        ClaimDetails claim = ApplicationNode.as(WRITER, () -> first.claims().create(articleId,
                Selections.of(TEXT, "The harbour master said the new quay would open in May."),
                "The new quay in Hel opens in May"));
        long position = first.changeLog().lastWrittenBy(writerId);

        Eventually.await("the second node finds the claim saved through the first", ACROSS_NODES,
                () -> hits(second, "quay").contains(claim.id()));
        assertThat(second.index().visiblePosition()).isGreaterThanOrEqualTo(position);
        List<Change> seenBySecond = second.changeLog().after(position - 1, 1);
        assertThat(seenBySecond).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.CLAIM_CREATED);
            assertThat(change.subjectId()).isEqualTo(claim.id());
        });
    }

    @Test
    void aRestatementThroughTheSecondNodeReplacesTheTextTheFirstFinds() {
        ClaimDetails claim = ApplicationNode.as(WRITER, () -> first.claims().create(articleId,
                Selections.of(TEXT, "Tickets cost nine zloty for adults."), "Adults pay little for the crossing"));
        Eventually.await("the second node has the claim", ACROSS_NODES,
                () -> hits(second, "crossing").contains(claim.id()));

        ApplicationNode.as(WRITER, () -> second.claims().restate(claim.id(), claim.version(),
                "An adult ticket to Hel costs a tenner"));

        Eventually.await("the first node finds the new text and not the old", ACROSS_NODES,
                () -> hits(first, "tenner").contains(claim.id()) && !hits(first, "crossing").contains(claim.id()));
    }

    private static List<UUID> hits(ApplicationNode node, String query) {
        return ApplicationNode.as(WRITER, () -> node.search().search(query, 0, 10).hits().stream()
                .map(ClaimHit::claimId).toList());
    }

    private static ApplicationNode start(Path dataDir, String url) {
        List<String> settings = new ArrayList<>(ApplicationNode.postgres(url, TestPostgres.USER, TestPostgres.PASSWORD));
        settings.add("--veritext.changes.poll-interval=1h");
        return ApplicationNode.start(dataDir, settings);
    }
}
