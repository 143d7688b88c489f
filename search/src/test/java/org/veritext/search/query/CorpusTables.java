package org.veritext.search.query;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.veritext.core.claim.ClaimDigest;

/**
 * Writes a generated corpus into the product's tables, straight through JDBC, for the benchmark of the rebuild:
 * one user per creator name, one article per title and project, the actors, events, claims and their links.
 * Set-up for a measurement, not a way into the product: nothing here goes through the services or the change log.
 * H2 only (it uses H2's {@code MERGE … KEY}), as the benchmark's database is.
 */
final class CorpusTables {

    private static final int BATCH = 2_000;
    private static final int PER_TRANSACTION = 100_000;

    private final JdbcTemplate jdbc;

    CorpusTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param projects the corpus's project ids → the ids of existing projects to put them in */
    void write(List<ClaimDigest> corpus, Map<UUID, UUID> projects) {
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, UUID> users = new LinkedHashMap<>();
        Map<String, UUID> articles = new LinkedHashMap<>();
        Map<UUID, String> actors = new LinkedHashMap<>();
        Map<String, UUID> events = new LinkedHashMap<>();
        for (ClaimDigest claim : corpus) {
            users.computeIfAbsent(claim.createdBy(), name -> id("user " + name));
            claim.actors().forEach(actor -> actors.putIfAbsent(actor.id(), actor.names().getFirst()));
            claim.events().forEach(event -> events.computeIfAbsent(event.title(), title -> id("event " + title)));
        }
        UUID someone = users.values().iterator().next();
        for (String table : List.of("claim_actor", "claim_event", "claim_tag", "claim", "mention", "article", "actor",
                "event")) { // what an earlier size of the same run wrote
            jdbc.update("DELETE FROM " + table);
        }
        users.forEach((name, id) -> jdbc.update("MERGE INTO user_account (id, username, display_name, password_hash, "
                + "enabled, created_at) KEY (id) VALUES (?, ?, ?, '-', TRUE, ?)", id, "bench-" + id, name, now));
        batch("INSERT INTO actor (id, name, actor_type, description, created_by, created_at, modified_by, modified_at,"
                + " version) VALUES (?, ?, 'PERSON', '', ?, ?, ?, ?, 0)", actors.entrySet().stream()
                .map(actor -> new Object[] {actor.getKey(), actor.getValue(), someone, now, someone, now}).toList());
        batch("INSERT INTO event (id, title, event_type, place, description, created_by, created_at, modified_by, "
                + "modified_at, version) VALUES (?, ?, 'TALKS', '', '', ?, ?, ?, ?, 0)", events.entrySet().stream()
                .map(event -> new Object[] {event.getValue(), event.getKey(), someone, now, someone, now}).toList());

        List<Object[]> articleRows = new ArrayList<>();
        List<Object[]> claimRows = new ArrayList<>();
        List<Object[]> actorLinks = new ArrayList<>();
        List<Object[]> eventLinks = new ArrayList<>();
        Map<UUID, Integer> articleEnds = new HashMap<>();
        for (ClaimDigest claim : corpus) {
            UUID project = projects.get(claim.projectId());
            String articleKey = claim.articleTitle() + " in " + project;
            UUID article = articles.get(articleKey);
            if (article == null) {
                article = id("article " + articleKey);
                articles.put(articleKey, article);
                articleRows.add(new Object[] {article, claim.articleTitle(), claim.publisher(), claim.publishedOn(),
                    "Claims of " + claim.articleTitle(), article.toString().replace("-", "") + "0".repeat(32),
                    someone, now, project});
            }
            UUID creator = users.get(claim.createdBy());
            int start = articleEnds.merge(article, claim.quote().length() + 1, Integer::sum) - claim.quote().length()
                    - 1; // the claims of an article one after another, as if its text were theirs
            claimRows.add(new Object[] {claim.claimId(), article, start, start + claim.quote().length(), claim.quote(),
                claim.restatement(), creator, Timestamp.from(claim.createdAt()), creator,
                Timestamp.from(claim.modifiedAt()), claim.verdict().name(), claim.reviewState().name()});
            Set<String> linked = new HashSet<>();
            for (ClaimDigest.ActorDigest actor : claim.actors()) {
                if (linked.add(actor.id() + " " + actor.role())) {
                    actorLinks.add(new Object[] {claim.claimId(), actor.id(), actor.role().name()});
                }
            }
            claim.events().stream().map(event -> events.get(event.title())).distinct()
                    .forEach(event -> eventLinks.add(new Object[] {claim.claimId(), event}));
        }
        batch("INSERT INTO article (id, title, publisher, published_on, language, text_content, text_sha256, "
                + "imported_by, imported_at, project_id) VALUES (?, ?, ?, ?, 'en', ?, ?, ?, ?, ?)", articleRows);
        batch("INSERT INTO claim (id, article_id, start_offset, end_offset, quote, prefix, suffix, restatement, "
                + "created_by, created_at, modified_by, modified_at, version, verdict, review_state) "
                + "VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, ?, 0, ?, ?)", claimRows);
        batch("INSERT INTO claim_actor (claim_id, actor_id, role) VALUES (?, ?, ?)", actorLinks);
        batch("INSERT INTO claim_event (claim_id, event_id) VALUES (?, ?)", eventLinks);
    }

    /**
     * Inserts the rows in id order (the first column), committing every {@value #PER_TRANSACTION}: H2's store keeps
     * every page a commit rewrites until it compacts, and rows in random id order with a commit every few thousand
     * grew its file by tens of gigabytes for a million claims.
     */
    private void batch(String sql, List<Object[]> rows) {
        List<Object[]> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(row -> (UUID) row[0]));
        try (Connection connection = jdbc.getDataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            int pending = 0;
            for (Object[] row : sorted) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
                if (++pending % BATCH == 0) {
                    insert.executeBatch();
                }
                if (pending % PER_TRANSACTION == 0) {
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the corpus failed: " + sql, e);
        }
    }

    private static UUID id(String of) {
        return UUID.nameUUIDFromBytes(of.getBytes(StandardCharsets.UTF_8));
    }
}
