package org.veritext.core.testing;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.veritext.core.catalog.NameCatalog;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.user.Role;
import org.veritext.core.user.UserAccountService;

/**
 * A test against a real H2 file database, migrated by Flyway and validated by Hibernate, as the application runs.
 * Every test starts with no articles, claims, actors or events, and with the users {@value #ANNOTATOR}, {@value #REVIEWER} and
 * {@value #ADMIN}; sign in as one of them with {@code @WithMockUser}. The application under test is the
 * {@code @SpringBootConfiguration} nearest above the test's package: each module has its own.
 */
@SpringBootTest
public abstract class DatabaseTest {

    public static final String ANNOTATOR = "annotator";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private UserAccountService users;

    @Autowired
    protected ChangeLog changeLog;

    @Autowired
    private NameCatalog catalog;

    /** The id of one of the test users. */
    protected UUID userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** What the change log recorded after {@code position}, as "KIND subjectId" lines. */
    protected List<String> changesAfter(long position) {
        return changeLog.after(position, 1000).stream()
                .map(change -> change.kind() + " " + change.subjectId()).toList();
    }

    @BeforeEach
    void startFromAnEmptyNewsroom() {
        for (String table : List.of("claim_evidence", "claim_tag", "claim_actor", "claim_event", "claim", "mention",
                "suggestion_dismissal", "article", "event_participant")) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("UPDATE event SET part_of_id = NULL");
        jdbc.update("DELETE FROM event");
        jdbc.update("DELETE FROM actor_alias");
        jdbc.update("UPDATE actor SET affiliation_id = NULL");
        jdbc.update("DELETE FROM actor");
        catalog.reload(); // the tables were emptied behind the change log's back
        createUserIfMissing(ANNOTATOR, Role.ANNOTATOR);
        createUserIfMissing(REVIEWER, Role.REVIEWER);
        createUserIfMissing(ADMIN, Role.ADMIN);
    }

    private void createUserIfMissing(String username, Role role) {
        if (!users.exists(username)) {
            users.createAccount(username, username, username + "-password", role);
        }
    }
}
