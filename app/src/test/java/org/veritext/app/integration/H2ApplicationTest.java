package org.veritext.app.integration;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application on its default database: H2 in a file under a data folder of its own. */
class H2ApplicationTest extends RunningApplicationTest {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        Path dataDir = Path.of("target", "test-data", "h2-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("veritext.data-dir", dataDir::toString);
    }
}
