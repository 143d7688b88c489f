package org.veritext.core.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.veritext.core.testing.Eventually;

/**
 * The interleaving that loses changes when positions come from a sequence: transaction A takes position n,
 * transaction B takes n + 1 and commits first, and a follower that reads n + 1 and moves on never sees n. Here A
 * holds its position, uncommitted, while B tries to append; B must wait for A, so a follower can never see B's
 * change before A's. Deterministic: each step waits for the database to say the other transaction is where the
 * step needs it (B blocked on a lock), never for a guessed time. Each database gets its own subclass.
 */
abstract class ChangeLogOrderingContract {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    ChangeLog changeLog;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    /** How many sessions of this database are waiting for a lock held by another one now. */
    abstract int sessionsWaitingForALock();

    @Test
    void aLaterAppenderWaitsForTheEarlierOneSoFollowersSeeTheirChangesInOrder() throws Exception {
        long before = changeLog.head();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        CountDownLatch firstHoldsItsPosition = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<Void> a = inOwnThread(() -> append(first, firstHoldsItsPosition, releaseFirst, false));
        assertThat(firstHoldsItsPosition.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> b = inOwnThread(() -> append(second, null, null, false));
        Eventually.await("B waits for a lock", PATIENCE, () -> sessionsWaitingForALock() > 0);

        assertThat(b).as("B waits for A's commit before it takes a position").isNotDone();
        assertThat(changeLog.after(before, 10)).as("a follower sees neither yet").isEmpty();

        releaseFirst.countDown();
        a.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        b.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        List<Change> seen = changeLog.after(before, 10);
        assertThat(seen).extracting(Change::subjectId).containsExactly(first, second);
        assertThat(seen).extracting(Change::position).containsExactly(before + 1, before + 2);
    }

    @Test
    void whenTheEarlierAppenderRollsBackTheLaterOneTakesItsPositionLeavingNoGap() throws Exception {
        long before = changeLog.head();
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();
        CountDownLatch firstHoldsItsPosition = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<Void> a = inOwnThread(() -> append(rolledBack, firstHoldsItsPosition, releaseFirst, true));
        assertThat(firstHoldsItsPosition.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> b = inOwnThread(() -> append(committed, null, null, false));
        Eventually.await("B waits for a lock", PATIENCE, () -> sessionsWaitingForALock() > 0);
        releaseFirst.countDown();
        assertThat(a).failsWithin(PATIENCE);
        b.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        assertThat(changeLog.after(before, 10)).extracting(Change::position, Change::subjectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(before + 1, committed));
    }

    /** Each transaction needs a thread of its own (the common pool may have just one on a small machine). */
    private static CompletableFuture<Void> inOwnThread(Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        return done;
    }

    /**
     * Appends one change. With latches, the transaction stops right after its append (position taken, not yet
     * committed) until released, and then commits, or fails and rolls back.
     */
    private void append(UUID subject, CountDownLatch holding, CountDownLatch release, boolean rollBack) {
        transaction.executeWithoutResult(status -> {
            changeLog.record(ChangeKind.CLAIM_DELETED, null, subject, null, null);
            if (holding != null) {
                // Registered after the change log's own synchronization, so it runs right after the append.
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public int getOrder() {
                        return LOWEST_PRECEDENCE;
                    }

                    @Override
                    public void beforeCommit(boolean readOnly) {
                        holding.countDown();
                        try {
                            release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        if (rollBack) {
                            throw new IllegalStateException("rolled back on purpose");
                        }
                    }
                });
            }
        });
    }
}
