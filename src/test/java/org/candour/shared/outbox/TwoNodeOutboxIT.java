package org.candour.shared.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.candour.CandourApplication;
import org.candour.requests.RequestFilingService;
import org.candour.support.PostgresTestDatabase;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two portal nodes (two full application contexts, each with its own web server and connection pool) on one
 * database: one schema of the PostgreSQL test server (on the PostgreSQL pass), or without one an H2 in-memory
 * database shared by both. Both
 * poll the outbox five times a second. Whatever is left in the outbox is worked by exactly one of them: every
 * leftover update is indexed once, by the node that holds the lease, and never by the other; when that node stops,
 * the other takes over.
 */
class TwoNodeOutboxIT {

    private static final String INDEXER = "org.candour.search.internal.RequestIndexer%";

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void onlyTheNodeHoldingTheLeaseWorksTheOutboxAndEachUpdateIsIndexedOnce() {
        // Two whole nodes take minutes on a small machine: run once, on PostgreSQL when this build has it.
        assumeFalse(PostgresTestDatabase.configured().isPresent() && !onThePostgresPass(),
                "runs in the PostgreSQL pass (postgres-it) instead");
        Map<String, Object> database = sharedDatabase();
        ConfigurableApplicationContext first = start("node-a", database);
        ConfigurableApplicationContext second = start("node-b", database);
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);

        RequestFilingService filing = first.getBean(RequestFilingService.class);
        for (int i = 0; i < 12; i++) {
            filing.file(TestRequests.valid(LocalDate.now().minusDays(3)));
        }
        awaitEmptyOutbox(jdbc);

        double firstBefore = indexed(first);
        double secondBefore = indexed(second);
        int leftOver = leaveIndexingUnfinished(jdbc);
        assertThat(leftOver).isEqualTo(12);

        awaitEmptyOutbox(jdbc);

        double byFirst = indexed(first) - firstBefore;
        double bySecond = indexed(second) - secondBefore;
        assertThat(byFirst + bySecond).as("updates indexed by both nodes together").isEqualTo(leftOver);
        assertThat(byFirst == 0 || bySecond == 0).as("one node alone worked the outbox: %s and %s", byFirst,
                bySecond).isTrue();
        ConfigurableApplicationContext holder = byFirst > 0 ? first : second;
        ConfigurableApplicationContext other = holder == first ? second : first;
        assertThat(holder.getBean(OutboxLease.class).isHeld()).isTrue();
        assertThat(other.getBean(OutboxLease.class).isHeld()).isFalse();
        assertThat(jdbc.queryForObject("select holder from outbox_lease where name = 'outbox'", String.class))
                .isEqualTo(holder.getBean(OutboxLease.class).holder());

        // The holder stops: the other node takes the outbox over and catches up, again once per update.
        holder.close();
        JdbcTemplate survivorJdbc = other.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> other.getBean(OutboxLease.class).isHeld());
        double survivorBefore = indexed(other);
        int leftAgain = leaveIndexingUnfinished(survivorJdbc);
        awaitEmptyOutbox(survivorJdbc);
        assertThat(indexed(other) - survivorBefore).isEqualTo(leftAgain);
    }

    /** As if a node had crashed ten minutes ago, after committing its changes but before indexing them. */
    private static int leaveIndexingUnfinished(JdbcTemplate jdbc) {
        return jdbc.update("update event_publication set completion_date = null, status = 'PROCESSING', "
                + "completion_attempts = 0, last_resubmission_date = null, publication_date = ? "
                + "where listener_id like ?", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10), INDEXER);
    }

    private static void awaitEmptyOutbox(JdbcTemplate jdbc) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and listener_id like ?",
                Long.class, INDEXER) == 0);
    }

    private static double indexed(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).get("candour.search.documents.indexed").counter().count();
    }

    private static Map<String, Object> sharedDatabase() {
        if (PostgresTestDatabase.configured().isPresent() && onThePostgresPass()) {
            return Map.of(PostgresTestDatabase.SCHEMA_PROPERTY, PostgresTestDatabase.newSchemaName());
        }
        return Map.of("spring.datasource.url", "jdbc:h2:mem:two-nodes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static boolean onThePostgresPass() {
        return "postgres".equals(System.getProperty("candour.test.database"));
    }

    private ConfigurableApplicationContext start(String name, Map<String, Object> database) {
        var properties = new java.util.HashMap<String, Object>(database);
        properties.put("server.port", "0");
        properties.put("candour.outbox.node-name", name);
        properties.put("candour.search.retry-interval", "PT0.2S");
        // As command-line arguments: they outrank the test profile's own database and the default port.
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext node = new SpringApplicationBuilder(CandourApplication.class).run(arguments);
        nodes.add(node);
        return node;
    }
}
