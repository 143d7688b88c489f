package org.veritext.core.changes;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.veritext.core.testing.RequiresPostgres;
import org.veritext.core.testing.TestPostgres;

/** The ordering contract on a real PostgreSQL. */
@RequiresPostgres
@DirtiesContext
@SpringBootTest
class PostgresChangeLogOrderingTest extends ChangeLogOrderingContract {

    private static final String DATABASE = TestPostgres.newDatabaseName();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.createDatabase(DATABASE);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> TestPostgres.USER);
        registry.add("spring.datasource.password", () -> TestPostgres.PASSWORD);
    }

    @AfterAll
    static void dropDatabase() {
        TestPostgres.dropDatabase(DATABASE);
    }

    @Override
    int sessionsWaitingForALock() {
        Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND wait_event_type = 'Lock'", Integer.class);
        return waiting == null ? 0 : waiting;
    }
}
