package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.candour.CandourApplication;
import org.candour.requests.FilingOutcome.ChallengeNeeded;
import org.candour.requests.FilingOutcome.Filed;
import org.candour.requests.FilingOutcome.TooManyFilings;
import org.candour.shared.web.ClientHashes;
import org.candour.requests.internal.WorkChallenges;
import org.candour.support.PostgresTestDatabase;
import org.candour.support.TestRequests;
import org.candour.support.TestWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal nodes (two whole application contexts) on one database, one client filing through both as a load
 * balancer would send it: the filing limit counts its filings on both, a challenge given by one node is answered on
 * the other, and a solution used on one is refused on the other.
 */
class TwoNodeFilingLimitIT {

    private static final String CLIENT = "2001:db8:ab:cd::7";

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void bothNodesCountTheSameFilingsAndChallenges() {
        // Two whole nodes take a while on a small machine: run once, on PostgreSQL when this build has it.
        assumeFalse(PostgresTestDatabase.configured().isPresent() && !onThePostgresPass(),
                "runs in the PostgreSQL pass (postgres-it) instead");
        Map<String, Object> database = sharedDatabase();
        PublicFiling a = start(database).getBean(PublicFiling.class);
        var second = start(database);
        PublicFiling b = second.getBean(PublicFiling.class);

        assertThat(file(a, null)).isInstanceOf(Filed.class);
        assertThat(file(b, null)).isInstanceOf(Filed.class);
        var needed = file(a, null);
        assertThat(needed).as("the third filing of the hour, counted over both nodes")
                .isInstanceOf(ChallengeNeeded.class);
        var solution = TestWork.solve(((ChallengeNeeded) needed).challenge());
        assertThat(file(b, solution)).as("answered on the other node").isInstanceOf(Filed.class);
        assertThat(file(a, solution)).as("the fourth: over the limit on either node").isInstanceOf(TooManyFilings.class);
        assertThat(file(b, null)).isInstanceOf(TooManyFilings.class);

        WorkChallenges onA = nodes.getFirst().getBean(WorkChallenges.class);
        WorkChallenges onB = second.getBean(WorkChallenges.class);
        String client = second.getBean(ClientHashes.class).of(CLIENT);
        var replayed = TestWork.solve(onA.issue(client));
        assertThat(onB.accept(replayed, client)).isTrue();
        assertThat(onA.accept(replayed, client)).as("used on the other node").isFalse();
    }

    private static FilingOutcome file(PublicFiling node, WorkSolution solution) {
        return node.file(TestRequests.valid(LocalDate.now().minusDays(3)), null, CLIENT, solution);
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

    private ConfigurableApplicationContext start(Map<String, Object> database) {
        var properties = new HashMap<String, Object>(database);
        properties.put("server.port", "0");
        properties.put("candour.requests.filing-limit.challenge-from", "2");
        properties.put("candour.requests.filing-limit.max-per-client", "3");
        properties.put("candour.requests.work-challenge.difficulty", "8");
        // As command-line arguments: they outrank the test profile's own database and limits.
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext node = new SpringApplicationBuilder(CandourApplication.class).run(arguments);
        nodes.add(node);
        return node;
    }
}
