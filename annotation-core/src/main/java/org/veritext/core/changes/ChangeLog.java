package org.veritext.core.changes;

import jakarta.persistence.EntityManager;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one ordered record of every committed change. Services announce a change only by {@link #record recording}
 * it; the search index, the open browsers and history follow the log ({@link ChangeFollower}).
 *
 * <p>A change is written in the transaction that makes it, as that transaction's last statements, just before it
 * commits: the entities are flushed, the state of each subject is taken as it will be committed, the one row of
 * {@code change_log_head} is moved on, and the rows are inserted. Moving the head locks that row until commit, so a
 * second writer waits for the first to commit (or roll back) before it takes a position. Positions therefore commit
 * in order and without gaps, on H2 as on PostgreSQL, and a follower that has read position n has seen everything
 * up to n. The price is that commits of writing transactions are serialised; only their last moments, since the
 * head is moved after all other work (see "Change log" in docs/benchmarks.md for what that costs).
 */
@Component
public class ChangeLog {

    /** The PostgreSQL NOTIFY channel that tells other nodes about new changes. */
    static final String CHANNEL = "veritext_changes";
    private static final String COLUMNS = "position, changed_at, user_id, kind, subject_id, article_id, state";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final ChangeSignal signal;
    private final Clock clock;
    private final boolean postgres;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final Map<UUID, Long> lastWrittenBy = new ConcurrentHashMap<>();
    private final RowMapper<Change> rowMapper = (row, number) -> new Change(row.getLong("position"),
            row.getObject("changed_at", OffsetDateTime.class).toInstant(), row.getObject("user_id", UUID.class),
            ChangeKind.valueOf(row.getString("kind")), row.getObject("subject_id", UUID.class),
            row.getObject("article_id", UUID.class), row.getString("state"));

    ChangeLog(JdbcTemplate jdbc, EntityManager entityManager, ChangeSignal signal, Clock clock, DataSource dataSource) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.signal = signal;
        this.clock = clock;
        this.postgres = isPostgres(dataSource);
    }

    /**
     * Records a change made by the current transaction. It is written when the transaction commits, with the state
     * {@code stateAfter} gives at that moment (so later steps of the same transaction are included), and not at all
     * if the transaction rolls back.
     *
     * @param userId     who made it; null for Veritext itself
     * @param stateAfter the subject's state as it will be committed, turned into JSON; null for a deletion
     */
    public void record(ChangeKind kind, UUID userId, UUID subjectId, UUID articleId, Supplier<?> stateAfter) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        if (kind.isDeletion() != (stateAfter == null)) {
            throw new IllegalArgumentException(kind + (kind.isDeletion() ? " records no state" : " needs a state"));
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("A change is recorded in the writing transaction that makes it");
        }
        PendingChanges pending = (PendingChanges) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new PendingChanges();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.changes.add(new PendingChange(kind, userId, subjectId, articleId, stateAfter));
    }

    /** The position of the newest committed change; 0 for an empty log. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT position FROM change_log_head WHERE id = 1", Long.class);
        return head == null ? 0 : head;
    }

    /** Committed changes after {@code position}, oldest first, at most {@code limit}. */
    public List<Change> after(long position, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM change_log WHERE position > ? ORDER BY position "
                + "FETCH FIRST ? ROWS ONLY", rowMapper, position, limit);
    }

    /** Every change to one subject, oldest first: its history. */
    public List<Change> of(UUID subjectId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM change_log WHERE subject_id = ? ORDER BY position",
                rowMapper, subjectId);
    }

    /**
     * The position of the last change this user committed through this node (0 if none since it started). A
     * follower that has reached it shows the user everything he saved.
     */
    public long lastWrittenBy(UUID userId) {
        return userId == null ? 0 : lastWrittenBy.getOrDefault(userId, 0L);
    }

    private long append(List<PendingChange> changes) {
        // Everything else this transaction does goes to the database first, so the head's row lock, taken next, is
        // the last lock the transaction takes and is held only while it commits.
        entityManager.flush();
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (PendingChange change : changes) {
            String state = change.stateAfter() == null ? null : json.writeValueAsString(change.stateAfter().get());
            rows.add(new Object[] {null, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), change.userId(), change.kind().name(),
                    change.kind().subjectType().name(), change.subjectId(), change.articleId(), state});
        }
        jdbc.update("UPDATE change_log_head SET position = position + ? WHERE id = 1", changes.size());
        long last = head();
        long position = last - changes.size();
        for (Object[] row : rows) {
            row[0] = ++position;
        }
        jdbc.batchUpdate("INSERT INTO change_log (position, changed_at, user_id, kind, subject_type, subject_id, "
                + "article_id, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        if (postgres) {
            jdbc.query("SELECT pg_notify(?, ?)", (ResultSet ignored) -> null, CHANNEL, Long.toString(last));
        }
        return last;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        } catch (Exception e) {
            return false;
        }
    }

    boolean isPostgres() {
        return postgres;
    }

    private record PendingChange(ChangeKind kind, UUID userId, UUID subjectId, UUID articleId, Supplier<?> stateAfter) {
    }

    /** The changes of one transaction, written just before it commits. */
    private final class PendingChanges implements TransactionSynchronization {

        private final List<PendingChange> changes = new ArrayList<>();
        private long lastPosition;

        /** Last of all synchronizations: nothing may change the database after the head is moved. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            lastPosition = append(changes);
        }

        @Override
        public void afterCommit() {
            for (PendingChange change : changes) {
                if (change.userId() != null) {
                    lastWrittenBy.merge(change.userId(), lastPosition, Math::max);
                }
            }
            signal.announce(lastPosition);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ChangeLog.this);
        }
    }
}
