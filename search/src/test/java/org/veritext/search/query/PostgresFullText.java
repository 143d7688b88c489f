package org.veritext.search.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.core.testing.TestPostgres;

/**
 * The benchmark's PostgreSQL baseline: the claims' quotes and restatements in a table with a stored English
 * {@code tsvector} and a GIN index, searched as one would without Lucene — {@code plainto_tsquery} (all words) or
 * {@code phraseto_tsquery}, limited to the visible projects, ranked by {@code ts_rank}, with the total count, first
 * ten. In a database of its own on the test PostgreSQL, dropped afterwards.
 */
final class PostgresFullText {

    private PostgresFullText() {
    }

    /** The median latency in nanoseconds of {@code queries}, or empty if no PostgreSQL is reachable. */
    static Optional<Long> p50(List<ClaimDigest> corpus, List<String> queries, Set<UUID> visibleProjects) {
        if (!TestPostgres.reachable()) {
            return Optional.empty();
        }
        String database = TestPostgres.newDatabaseName();
        String url = TestPostgres.createDatabase(database);
        try (Connection db = DriverManager.getConnection(url + "?reWriteBatchedInserts=true", TestPostgres.USER, TestPostgres.PASSWORD)) {
            load(db, corpus);
            Array projects = db.createArrayOf("uuid", visibleProjects.toArray());
            for (String query : queries) { // warm-up, as for the other two
                search(db, query, projects);
            }
            long[] latencies = SearchSpeedBenchmark.time(queries, query -> search(db, query, projects));
            return Optional.of(SearchSpeedBenchmark.percentile(latencies, 50));
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL baseline failed", e);
        } finally {
            TestPostgres.dropDatabase(database);
        }
    }

    private static void load(Connection db, List<ClaimDigest> corpus) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE claim_fts (id uuid PRIMARY KEY, project uuid NOT NULL, quote text NOT NULL,"
                    + " restatement text NOT NULL, tsv tsvector GENERATED ALWAYS AS "
                    + "(to_tsvector('english', quote || ' ' || restatement)) STORED)");
        }
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO claim_fts (id, project, quote, restatement) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (ClaimDigest claim : corpus) {
                insert.setObject(1, claim.claimId());
                insert.setObject(2, claim.projectId());
                insert.setString(3, claim.quote());
                insert.setString(4, claim.restatement());
                insert.addBatch();
                if (++pending == 5_000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE INDEX claim_fts_tsv ON claim_fts USING GIN (tsv)");
            statement.execute("CREATE INDEX claim_fts_project ON claim_fts (project)");
            statement.execute("ANALYZE claim_fts");
        }
    }

    private static int search(Connection db, String query, Array projects) {
        String toQuery = query.startsWith("\"") ? "phraseto_tsquery" : "plainto_tsquery";
        String sql = "SELECT id, count(*) OVER () FROM claim_fts, " + toQuery + "('english', ?) q "
                + "WHERE tsv @@ q AND project = ANY (?) ORDER BY ts_rank(tsv, q) DESC LIMIT 10";
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, query.replace("\"", ""));
            statement.setArray(2, projects);
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
