package org.veritext.app.changelog.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.veritext.app.changelog.ApplicationNode;
import org.veritext.core.testing.RequiresPostgres;
import org.veritext.core.testing.TestPostgres;

/** The crash test on a real PostgreSQL, in a database created for it and dropped after it. */
@RequiresPostgres
class PostgresCrashRecoveryTest extends CrashRecoveryTest {

    private static final String DATABASE = TestPostgres.newDatabaseName();
    private static String url;

    @BeforeAll
    static void createDatabase() {
        url = TestPostgres.createDatabase(DATABASE);
    }

    @AfterAll
    static void dropDatabase() {
        TestPostgres.dropDatabase(DATABASE);
    }

    @Override
    List<String> databaseSettings(Path dataDir) {
        return ApplicationNode.postgres(url, TestPostgres.USER, TestPostgres.PASSWORD);
    }

    @Override
    Connection openDatabase(Path dataDir) throws SQLException {
        return DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD);
    }

    @Override
    String databaseName() {
        return "PostgreSQL";
    }
}
