package org.veritext.app.testing;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.veritext.core.project.ProjectRole;

/**
 * Projects for tests, set up directly in the database: set-up, not a thing under test (ProjectService has its own
 * tests). Content is visible only to a project's members, so every test that imports an article needs one.
 */
public final class TestProjects {

    /** The demo's project that the demo annotator, reviewer and manager work in. */
    public static final String CITY_DESK = "City desk";
    /** The project the tests without the demo put their users in. */
    public static final String TEST_DESK = "Test desk";

    private TestProjects() {
    }

    /** The id of the project called {@code name}, made if missing. */
    public static UUID named(JdbcTemplate jdbc, String name) {
        List<UUID> ids = jdbc.queryForList("SELECT id FROM project WHERE name = ?", UUID.class, name);
        if (!ids.isEmpty()) {
            return ids.getFirst();
        }
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO project (id, name, description, created_at, version) "
                + "VALUES (?, ?, '', CURRENT_TIMESTAMP, 0)", id, name);
        return id;
    }

    /** Puts the user in the project called {@code name} with the role (changing his role if he is in it). */
    public static UUID join(JdbcTemplate jdbc, String name, UUID userId, ProjectRole role) {
        UUID projectId = named(jdbc, name);
        jdbc.update("DELETE FROM project_member WHERE project_id = ? AND user_id = ?", projectId, userId);
        jdbc.update("INSERT INTO project_member (project_id, user_id, role) VALUES (?, ?, ?)", projectId, userId,
                role.name());
        return projectId;
    }
}
