package org.veritext.app.integration;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.veritext.core.testing.RequiresPostgres;
import org.veritext.core.testing.TestPostgres;

/** The application on a real PostgreSQL, in a database created for this class and dropped after it. */
@RequiresPostgres
@DirtiesContext
class PostgresApplicationTest extends RunningApplicationTest {

    private static final String DATABASE = TestPostgres.newDatabaseName();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.createDatabase(DATABASE);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> TestPostgres.USER);
        registry.add("spring.datasource.password", () -> TestPostgres.PASSWORD);
        Path dataDir = Path.of("target", "test-data", "pg-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("veritext.data-dir", dataDir::toString);
    }

    @AfterAll
    static void dropDatabase() {
        // @DirtiesContext closes the application (and its connections) after this class; FORCE covers the rest.
        TestPostgres.dropDatabase(DATABASE);
    }
}
