package org.veritext.app.changelog.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.veritext.app.changelog.crash.BurstTranscript.Ack;
import org.veritext.app.changelog.crash.DatabaseContents.StoredClaim;
import org.veritext.app.changelog.crash.IndexFolder.IndexedClaim;
import org.veritext.core.testing.Eventually;

/**
 * Kill -9 in the middle of a burst of saves loses nothing that was acknowledged, and the search index catches up.
 *
 * <p>The application runs as a child process ({@link SaveBurst}) on a real file database and saves 1,000 claims from
 * 8 threads, printing each save it starts and each one the claim service acknowledged. After a few hundred
 * acknowledgements, once the index has committed part of the burst to disk (its commits come about once a
 * second), and with the burst still going, the test kills it with SIGKILL: no shutdown hook runs, nothing is
 * flushed, connections break mid-transaction, and the index has changes applied but not committed. Then the
 * application is started again until its index shows the whole change log, and stopped cleanly. From outside, with
 * JDBC and plain Lucene, the test checks that
 * <ul>
 *   <li>every acknowledged save is in the database, at its version or a later one;</li>
 *   <li>every claim in the database was written by an acknowledged save or by one in flight at the kill, whole;</li>
 *   <li>the change log holds exactly the committed saves, without gaps;</li>
 *   <li>the index holds exactly the database's claims, with the same text, at the log's head;</li>
 *   <li>Lucene's CheckIndex finds nothing wrong, right after the kill and after the restart.</li>
 * </ul>
 * Subclasses choose the database.
 */
abstract class CrashRecoveryTest {

    private static final int SAVES = 1_000;
    private static final int THREADS = 8;
    /** Acknowledged saves after which the process is killed (at twice as many if the index has not committed). */
    private static final int KILL_AFTER = 300;
    private static final Duration STARTUP_PATIENCE = Duration.ofMinutes(3);
    private static final long CATCH_UP_SECONDS = 180;
    /** How a process killed by SIGKILL (signal 9) ends, as Java reports it on Linux. */
    private static final int KILLED = 128 + 9;
    private static final Pattern SAVE_NUMBER = Pattern.compile("Burst save (\\d+) restates this claim\\.");

    /** The settings that put the child application on this test's database (none: H2 in its data folder). */
    abstract List<String> databaseSettings(Path dataDir);

    /** A connection to the database the child application used. */
    abstract Connection openDatabase(Path dataDir) throws SQLException;

    abstract String databaseName();

    @Test
    void everyAcknowledgedSaveSurvivesSigkillAndTheIndexCatchesUpWithTheDatabase() throws Exception {
        Path dataDir = Path.of("target", "test-data", "crash-" + UUID.randomUUID()).toAbsolutePath();
        Path indexDir = dataDir.resolve("index");

        BurstTranscript transcript;
        try (ChildApplication burst = ChildApplication.start(dataDir.resolve("burst.log"),
                childArguments(dataDir, "burst", String.valueOf(SAVES), String.valueOf(THREADS), dataDir.toString()))) {
            Eventually.await(KILL_AFTER + " acknowledged saves, part of them committed to the index (or the "
                    + "child's end; see " + burst.log() + ")", STARTUP_PATIENCE, () -> !burst.isAlive()
                    || burst.acks() >= KILL_AFTER && committedSoFar(indexDir) >= KILL_AFTER / 3
                    || burst.acks() >= 2 * KILL_AFTER);
            assertThat(burst.isAlive()).as("the burst is still running when it is killed; see " + burst.log())
                    .isTrue();
            burst.kill();
            assertThat(burst.awaitExit(10)).as("ended by SIGKILL").isEqualTo(KILLED);
            transcript = BurstTranscript.of(burst.lines());
        }
        assertThat(transcript.failures()).as("saves the service refused").isEmpty();
        assertThat(transcript.acknowledged().size()).as("acknowledged saves: the kill came in the middle")
                .isBetween(KILL_AFTER, SAVES - 1);
        IndexFolder crashed = IndexFolder.newestIn(indexDir);
        assertThat(crashed.problems()).as("CheckIndex right after the kill").isNull();
        long indexPositionAtKill = crashed.committedPosition();

        try (ChildApplication catchUp = ChildApplication.start(dataDir.resolve("catch-up.log"),
                childArguments(dataDir, "catch-up", dataDir.toString()))) {
            assertThat(catchUp.awaitExit(CATCH_UP_SECONDS)).as("catch-up ends well; see " + catchUp.log()).isZero();
        }

        DatabaseContents database;
        try (Connection connection = openDatabase(dataDir)) {
            database = DatabaseContents.read(connection);
        }
        assertEveryAcknowledgedSaveIsStored(transcript, database);
        int inFlightCommitted = assertEveryStoredClaimWasWrittenByOneSave(transcript, database);
        assertTheLogHoldsExactlyTheCommittedSaves(database);
        IndexFolder index = IndexFolder.newestIn(indexDir);
        assertTheIndexEqualsTheDatabase(index, database);

        System.out.printf("%nCrash test on %s: %d saves acknowledged before SIGKILL, %d in flight (%d of them "
                        + "committed); after the restart %d claims, log head %d; the index had committed position "
                        + "%d at the kill and re-applied the %d changes after it%n%n",
                databaseName(), transcript.acknowledged().size(), transcript.inFlight().size(), inFlightCommitted,
                database.claims().size(), database.head(), indexPositionAtKill,
                database.head() - indexPositionAtKill);
    }

    /**
     * The position the index in {@code indexDir} has committed to disk, as another process sees it; -1 before its
     * first commit. Killing the burst only once the index has committed part of it means that after the restart
     * it resumes from the middle of the burst: a commit that claimed a position it had not fully applied would show.
     */
    private static long committedSoFar(Path indexDir) {
        try {
            return IndexFolder.newestIn(indexDir).committedPosition();
        } catch (IOException | RuntimeException notYet) {
            return -1;
        }
    }

    /** The mode's arguments, then the database settings. */
    private String[] childArguments(Path dataDir, String... modeArguments) {
        List<String> all = new ArrayList<>(List.of(modeArguments));
        all.addAll(databaseSettings(dataDir));
        return all.toArray(String[]::new);
    }

    /** At its acknowledged version with its text, or at a later one whose save committed but was not acknowledged. */
    private static void assertEveryAcknowledgedSaveIsStored(BurstTranscript transcript, DatabaseContents database) {
        List<Ack> lost = transcript.acknowledged().values().stream()
                .filter(ack -> !database.claims().containsKey(ack.claimId())
                        || database.claims().get(ack.claimId()).version() < ack.version())
                .sorted(Comparator.comparingInt(Ack::save))
                .toList();
        assertThat(lost).as("acknowledged saves missing from the database after the kill: %d of %d", lost.size(),
                transcript.acknowledged().size()).isEmpty();
        for (Ack newest : transcript.newestAckPerClaim().values()) {
            StoredClaim stored = database.claims().get(newest.claimId());
            if (stored.version() == newest.version()) {
                assertThat(stored.restatement()).as("text of claim %s", newest.claimId())
                        .isEqualTo(SaveBurst.restatement(newest.save()));
            } else {
                assertThat(stored.version()).as("claim %s: at most the one save in flight after its last "
                        + "acknowledged one", newest.claimId()).isEqualTo(newest.version() + 1);
            }
        }
    }

    /**
     * The text in the database names the save that wrote it: an acknowledged save of this claim at this version,
     * or a save in flight at the kill (committed whole, never in part).
     *
     * @return how many saves in flight did commit
     */
    private static int assertEveryStoredClaimWasWrittenByOneSave(BurstTranscript transcript,
                                                                 DatabaseContents database) {
        int inFlightCommitted = 0;
        for (Map.Entry<UUID, StoredClaim> entry : database.claims().entrySet()) {
            StoredClaim stored = entry.getValue();
            Matcher matcher = SAVE_NUMBER.matcher(stored.restatement());
            if (!matcher.matches()) {
                fail("Claim %s has text no save wrote: %s", entry.getKey(), stored.restatement());
            }
            int save = Integer.parseInt(matcher.group(1));
            Ack ack = transcript.acknowledged().get(save);
            if (ack != null) {
                assertThat(new Ack(save, entry.getKey(), stored.version())).as("claim written by save %d", save)
                        .isEqualTo(ack);
            } else {
                assertThat(transcript.inFlight()).as("claim %s was written by save %d, which was never started",
                        entry.getKey(), save).contains(save);
                inFlightCommitted++;
            }
        }
        return inFlightCommitted;
    }

    /** One row per committed change (the article, each create and restatement), positions without gaps. */
    private static void assertTheLogHoldsExactlyTheCommittedSaves(DatabaseContents database) {
        for (Map.Entry<UUID, StoredClaim> entry : database.claims().entrySet()) {
            assertThat(database.changesByClaim().get(entry.getKey())).as("log rows of claim %s", entry.getKey())
                    .isEqualTo(entry.getValue().version() + 1);
        }
        assertThat(database.changesByClaim().keySet()).as("claims in the log")
                .isEqualTo(database.claims().keySet());
        long committedSaves = database.claims().values().stream().mapToLong(claim -> claim.version() + 1).sum();
        assertThat(database.logRows()).as("log rows: the article and every committed save")
                .isEqualTo(committedSaves + 1);
        assertThat(database.head()).as("head position: no gaps").isEqualTo(database.logRows());
    }

    private static void assertTheIndexEqualsTheDatabase(IndexFolder index, DatabaseContents database)
            throws Exception {
        Map<UUID, IndexedClaim> expected = new HashMap<>();
        database.claims().forEach((id, claim) -> expected.put(id, new IndexedClaim(claim.quote(), claim.restatement())));
        Map<UUID, IndexedClaim> indexed = index.claims();
        assertThat(indexed.keySet()).as("the ids of the claims in the index")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(indexed).as("the index's claims and their text").containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(index.committedPosition()).as("the position the index says it reflects")
                .isEqualTo(database.head());
        assertThat(index.problems()).as("CheckIndex after the restart").isNull();
    }
}
