package org.veritext.app.changelog.crash;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The claims and the change log as a node left them in the database, read with plain JDBC from outside the
 * application.
 *
 * @param claims         every claim, by id
 * @param changesByClaim how many change-log rows each claim has
 * @param head           the log's head position
 * @param logRows        how many rows the log holds
 */
record DatabaseContents(Map<UUID, StoredClaim> claims, Map<UUID, Long> changesByClaim, long head, long logRows) {

    /** A claim as committed. */
    record StoredClaim(String quote, String restatement, long version) {
    }

    static DatabaseContents read(Connection connection) throws SQLException {
        Map<UUID, StoredClaim> claims = new HashMap<>();
        Map<UUID, Long> changesByClaim = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT id, quote, restatement, version FROM claim")) {
                while (rows.next()) {
                    claims.put(rows.getObject("id", UUID.class), new StoredClaim(rows.getString("quote"),
                            rows.getString("restatement"), rows.getLong("version")));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT subject_id, COUNT(*) FROM change_log "
                    + "WHERE subject_type = 'CLAIM' GROUP BY subject_id")) {
                while (rows.next()) {
                    changesByClaim.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
            long head = single(statement, "SELECT position FROM change_log_head WHERE id = 1");
            long logRows = single(statement, "SELECT COUNT(*) FROM change_log");
            return new DatabaseContents(claims, changesByClaim, head, logRows);
        }
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
