package org.candour.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL server the tests run against in their second pass (failsafe execution {@code postgres-it}, Spring
 * profiles {@code test,postgres}): given by {@code CANDOUR_TEST_POSTGRES_URL} (and {@code _USER}, {@code _PASSWORD},
 * both {@code candour_test} by default), which {@code .ci/run} sets after starting a local server with
 * {@code .ci/postgres}.
 *
 * <p>As an environment post-processor (test {@code META-INF/spring.factories}) it gives every application context
 * with the {@code postgres} profile a schema of its own, made by Flyway, as the H2 pass gives each context an
 * in-memory database of its own: tests written for H2 find the same empty database. A context that sets
 * {@code candour.test.postgres.schema} uses that schema, so that two contexts can share one database.
 */
public final class PostgresTestDatabase implements EnvironmentPostProcessor {

    public static final String URL_VARIABLE = "CANDOUR_TEST_POSTGRES_URL";

    public static final String SCHEMA_PROPERTY = "candour.test.postgres.schema";

    public record Server(String url, String user, String password) {

        public String urlWithSchema(String schema) {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
    }

    /** The configured server, if this run has one. */
    public static Optional<Server> configured() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            url = System.getProperty("candour.test.postgres.url");
        }
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Server(url, variable("CANDOUR_TEST_POSTGRES_USER", "candour_test"),
                variable("CANDOUR_TEST_POSTGRES_PASSWORD", "candour_test")));
    }

    public static String newSchemaName() {
        return "t" + UUID.randomUUID().toString().replace("-", "");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("postgres")) {
            return;
        }
        configured().ifPresent(server -> {
            String schema = environment.getProperty(SCHEMA_PROPERTY, newSchemaName());
            Map<String, Object> properties = new HashMap<>();
            properties.put("spring.datasource.url", server.urlWithSchema(schema));
            properties.put("spring.datasource.username", server.user());
            properties.put("spring.datasource.password", server.password());
            properties.put("spring.flyway.default-schema", schema);
            properties.put("spring.flyway.schemas", schema);
            properties.put("spring.flyway.create-schemas", "true");
            // Many cached contexts in one test JVM, each with its own pool: idle connections are given back.
            properties.put("spring.datasource.hikari.minimum-idle", "0");
            properties.put("spring.datasource.hikari.idle-timeout", "30000");
            // The tests run from the source tree, in Vaadin development mode, which production refuses.
            properties.put("candour.vaadin.allow-development-mode", "true");
            environment.getPropertySources().addFirst(new MapPropertySource("candourPostgresTestDatabase",
                    properties));
        });
    }

    private static String variable(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
