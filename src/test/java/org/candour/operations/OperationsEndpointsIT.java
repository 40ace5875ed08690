package org.candour.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.requests.RequestFilingService;
import org.candour.support.TestRequests;
import org.candour.support.TestStaff;
import org.h2.tools.Server;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health probes and metrics over real HTTP, with real outages: the database is an H2 server over TCP that the test
 * stops and starts again, and Elasticsearch is an address where nothing listens (a node that is down).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisabledIfSystemProperty(named = "candour.test.database", matches = "postgres",
        disabledReason = "brings its own database, an H2 server that it stops and starts")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
class OperationsEndpointsIT {

    private static final int DATABASE_PORT = freePort();
    private static Server database = startDatabase();

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    RequestFilingService filing;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void realOutages(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + DATABASE_PORT
                + "/mem:operations;DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        registry.add("spring.datasource.hikari.validation-timeout", () -> "1000");
        registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + freePort());
        registry.add("spring.elasticsearch.connection-timeout", () -> "500ms");
    }

    @AfterAll
    static void stopDatabase() {
        database.stop();
    }

    @Test
    void livenessAndReadinessAreOpenToAllWithoutDetails() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var response = get(probe, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(json(response).get("status").asString()).isEqualTo("UP");
            assertThat(response.body()).doesNotContain("components", "elasticsearch");
        }
    }

    @Test
    void elasticsearchDownIsReportedButTheNodeStaysReady() throws Exception {
        String admin = administrator();

        var health = get("/actuator/health", admin);
        JsonNode components = json(health).get("components");
        assertThat(components.get("elasticsearch").get("status").asString()).isEqualTo("DOWN");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");

        var readiness = get("/actuator/health/readiness", admin);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json(readiness).get("status").asString()).isEqualTo("UP");
        assertThat(json(readiness).get("components").has("elasticsearch")).isFalse();
    }

    /** Last: a database server that went away and came back is not the same database for the others. */
    @Test
    @Order(Integer.MAX_VALUE)
    void readinessFollowsTheDatabaseWhileLivenessDoesNot() throws Exception {
        database.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health/readiness", null)
                    .statusCode() == 503);
            assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        } finally {
            database = startDatabase();
        }
        // Polled once a second: the pool checks a connection it has not used for half a second before lending it,
        // and so drops the ones the stopped server broke.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> get(
                "/actuator/health/readiness", null).statusCode() == 200);
    }

    @Test
    void metricsAreForMonitoringAccountsAndAdministratorsOnly() throws Exception {
        var caseworker = accounts.open(TestStaff.account("ops-cw", Role.CASEWORKER));

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", null).headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(get("/actuator/prometheus", basic(caseworker.username())).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", basic(caseworker.username())).statusCode()).isEqualTo(403);
        var forAdmin = get("/actuator/prometheus", administrator());
        assertThat(forAdmin.statusCode()).isEqualTo(200);
        assertThat(forAdmin.headers().firstValue("Set-Cookie")).isEmpty();
        var monitoring = basic(accounts.open(TestStaff.account("ops-monitor", Role.MONITORING)).username());
        assertThat(get("/actuator/prometheus", monitoring).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics", monitoring).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusShowsRequestsByStateAndHowFarTheIndexIsBehind() throws Exception {
        String admin = administrator();
        long submittedBefore = (long) gauge(get("/actuator/prometheus", admin).body(),
                "candour_requests\\{[^}]*state=\"SUBMITTED\"[^}]*\\}");

        filing.file(TestRequests.valid(LocalDate.now().minusDays(2)));

        // Elasticsearch is down: the request's update waits in the outbox and the lag grows.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = get("/actuator/prometheus", admin).body();
            assertThat(gauge(metrics, "candour_requests\\{[^}]*state=\"SUBMITTED\"[^}]*\\}"))
                    .isEqualTo(submittedBefore + 1);
            assertThat(gauge(metrics, "candour_outbox_pending_publications(?:\\{[^}]*\\})?")).isGreaterThanOrEqualTo(1);
            assertThat(gauge(metrics, "candour_search_indexing_lag_seconds(?:\\{[^}]*\\})?")).isGreaterThan(0);
            assertThat(gauge(metrics, "candour_outbox_lease_held(?:\\{[^}]*\\})?")).isEqualTo(1);
            assertThat(metrics).contains("candour_search_documents_indexed_total");
        });
    }

    private static double gauge(String metrics, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + " ([0-9.eE+-]+)$").matcher(metrics);
        assertThat(matcher.find()).as("metric %s in%n%s", name, metrics).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private String administrator() {
        return basic(accounts.open(TestStaff.account("ops-admin", Role.ADMIN)).username());
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestStaff.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, @Nullable String authorization)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static Server startDatabase() {
        try {
            return Server.createTcpServer("-tcpPort", String.valueOf(DATABASE_PORT), "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException("H2 TCP server did not start on port " + DATABASE_PORT, e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
