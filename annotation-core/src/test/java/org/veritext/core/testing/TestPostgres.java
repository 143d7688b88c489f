package org.veritext.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The real PostgreSQL the tests run against: the one {@code .ci/run} starts on 127.0.0.1:55432, or another named by
 * {@code VERITEXT_TEST_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}). Each test class gets a database of
 * its own, dropped afterwards.
 */
public final class TestPostgres {

    public static final String ADMIN_URL = env("VERITEXT_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:55432/postgres");
    public static final String USER = env("VERITEXT_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = env("VERITEXT_TEST_POSTGRES_PASSWORD", "");

    private TestPostgres() {
    }

    public static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates an empty database and returns its JDBC address. */
    public static String createDatabase(String name) {
        execute("CREATE DATABASE " + name);
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    public static void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public static String newDatabaseName() {
        return "veritext_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + ADMIN_URL + " refused: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
