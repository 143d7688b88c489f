package org.veritext.app.changelog.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The crash test on the default database, H2 in a file, as application.properties configures it (WRITE_DELAY=0).
 *
 * <p>For the evidence behind that setting, run it once with another URL, e.g. H2's default write delay:
 * {@code -Dveritext.crash-test.h2-options=";LOCK_TIMEOUT=10000"} (see docs/benchmarks.md); it should then fail,
 * naming acknowledged saves that are missing.
 */
class H2CrashRecoveryTest extends CrashRecoveryTest {

    /** Replaces the URL options of application.properties; for the experiment described above only. */
    private static final String URL_OPTIONS = System.getProperty("veritext.crash-test.h2-options");

    @Override
    List<String> databaseSettings(Path dataDir) {
        return URL_OPTIONS == null ? List.of() : List.of("--spring.datasource.url=" + url(dataDir) + URL_OPTIONS);
    }

    @Override
    Connection openDatabase(Path dataDir) throws SQLException {
        return DriverManager.getConnection(url(dataDir) + ";IFEXISTS=TRUE", "sa", "");
    }

    @Override
    String databaseName() {
        return URL_OPTIONS == null ? "H2" : "H2 with URL options " + URL_OPTIONS;
    }

    private static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("veritext");
    }
}
