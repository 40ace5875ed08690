package org.candour.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The PostgreSQL server the data benchmarks also run on: the throw-away server of {@code bash .ci/postgres start}
 * unless {@code -Dbenchmark.postgres-url} (and {@code -user}, {@code -password}) names another, or
 * {@code -Dbenchmark.postgres-url=none} to run on H2 alone. Each benchmark works in a schema of its own, made anew.
 */
public record BenchmarkPostgres(String url, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:55432/candour_test";

    /** The server, if one answers; if not, says so (and how to start one) and the benchmark runs on H2 alone. */
    public static Optional<BenchmarkPostgres> reachable() {
        String url = System.getProperty("benchmark.postgres-url", DEFAULT_URL);
        if (url.isBlank() || "none".equals(url)) {
            return Optional.empty();
        }
        var server = new BenchmarkPostgres(url, System.getProperty("benchmark.postgres-user", "candour_test"),
                System.getProperty("benchmark.postgres-password", "candour_test"));
        try (Connection ignored = DriverManager.getConnection(url, server.user(), server.password())) {
            return Optional.of(server);
        } catch (SQLException e) {
            System.out.println("PostgreSQL at " + url + " does not answer (" + e.getMessage()
                    + "): PostgreSQL figures skipped. Start the throw-away server with: bash .ci/postgres start");
            return Optional.empty();
        }
    }

    /** A connection to a fresh, empty schema of this name (dropped with everything in it first). */
    public Connection freshSchema(String schema) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url, user, password);
             var statement = admin.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        }
        return schema(schema);
    }

    public Connection schema(String schema) throws SQLException {
        return DriverManager.getConnection(urlWithSchema(schema), user, password);
    }

    public String urlWithSchema(String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
