package org.veritext.core.testing;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.veritext.core.catalog.NameCatalog;
import org.veritext.core.changes.ChangeLog;
import java.util.Map;
import org.veritext.core.user.AccountBootstrap;

/**
 * A test against a real H2 file database, migrated by Flyway and validated by Hibernate, as the application runs.
 * Every test starts with no articles, claims, actors or events, and with the project {@value #DESK} whose members
 * are {@value #ANNOTATOR} (annotator), {@value #REVIEWER} (reviewer), {@value #MANAGER} (manager) and {@value #ADMIN}
 * (an admin, and the desk's manager), and the user {@value #OUTSIDER}, who is in no project; sign in as one of them
 * with {@code @WithMockUser} (the role given there does not matter: roles come from the project). The application
 * under test is the {@code @SpringBootConfiguration} nearest above the test's package: each module has its own.
 */
@SpringBootTest
public abstract class DatabaseTest {

    public static final String ANNOTATOR = "annotator";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final String OUTSIDER = "outsider";
    public static final String DESK = "Desk";

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private AccountBootstrap users;

    /** The id of the project {@value #DESK}, where tests import their articles. */
    protected UUID desk;

    @Autowired
    protected ChangeLog changeLog;

    @Autowired
    private NameCatalog catalog;

    /** The id of one of the test users. */
    protected UUID userId(String username) {
        return users.findForSignIn(username).orElseThrow().getId();
    }

    /** What the change log recorded after {@code position}, as "KIND subjectId" lines. */
    protected List<String> changesAfter(long position) {
        return changeLog.after(position, 1000).stream()
                .map(change -> change.kind() + " " + change.subjectId()).toList();
    }

    @BeforeEach
    void startFromAnEmptyNewsroom() {
        for (String table : List.of("presence", "notification", "claim_comment", "article_assignment", "claim_evidence", "claim_tag", "claim_actor", "claim_event", "claim", "mention",
                "suggestion_dismissal", "article", "event_participant")) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("UPDATE event SET part_of_id = NULL");
        jdbc.update("DELETE FROM event");
        jdbc.update("DELETE FROM actor_alias");
        jdbc.update("UPDATE actor SET affiliation_id = NULL");
        jdbc.update("DELETE FROM actor");
        catalog.reload(); // the tables were emptied behind the change log's back
        createUserIfMissing(ANNOTATOR, false);
        createUserIfMissing(REVIEWER, false);
        createUserIfMissing(MANAGER, false);
        createUserIfMissing(ADMIN, true);
        createUserIfMissing(OUTSIDER, false);
        desk = projectWithMembers(DESK, Map.of(ANNOTATOR, "ANNOTATOR", REVIEWER, "REVIEWER", MANAGER, "MANAGER",
                ADMIN, "MANAGER"));
    }

    /**
     * The project {@code name} with exactly these members (usernames to role names), made or reset directly in the
     * database: set-up, not a thing under test.
     */
    protected UUID projectWithMembers(String name, Map<String, String> roles) {
        List<UUID> existing = jdbc.queryForList("SELECT id FROM project WHERE name = ?", UUID.class, name);
        UUID id = existing.isEmpty() ? UUID.randomUUID() : existing.getFirst();
        if (existing.isEmpty()) {
            jdbc.update("INSERT INTO project (id, name, description, created_at, version) "
                    + "VALUES (?, ?, '', CURRENT_TIMESTAMP, 0)", id, name);
        }
        jdbc.update("DELETE FROM project_member WHERE project_id = ?", id);
        roles.forEach((username, role) -> jdbc.update("INSERT INTO project_member (project_id, user_id, role) "
                + "VALUES (?, ?, ?)", id, userId(username), role));
        return id;
    }

    private void createUserIfMissing(String username, boolean admin) {
        if (!users.exists(username)) {
            users.createAccount(username, username, username + "-password", admin);
        }
    }
}
