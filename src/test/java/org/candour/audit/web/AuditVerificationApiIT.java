package org.candour.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.candour.audit.AuditLog;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The verification endpoint over real HTTP: administrators get the result, everyone else is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockTestConfiguration.class)
class AuditVerificationApiIT {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditLog log;

    @Autowired
    MutableClock clock;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Each test calls from an address of its own (passed on as a proxy would), so no test slows another down. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private final String clientAddress = "198.19.0." + CLIENTS.incrementAndGet();

    @Test
    void anAdministratorGetsTheResultAsJson() throws Exception {
        var admin = accounts.open(TestStaff.account("api-admin", Role.ADMIN));
        log.record(admin.username(), "API_TEST", "API-TEST", "");

        var response = get(basic(admin.username(), TestStaff.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("intact").asBoolean()).isTrue();
        assertThat(body.get("entriesChecked").asLong()).isPositive();
        assertThat(body.get("firstBrokenSequence").isNull()).isTrue();
        assertThat(body.get("problem").isNull()).isTrue();
        assertThat(body.get("head").get("sequence").asLong()).isEqualTo(log.head().sequence());
        assertThat(body.get("head").get("hash").asString()).matches("[0-9a-f]{64}");
        assertThat(body.get("anchorHolds").isNull()).isTrue();
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aHeadKeptFromAnEarlierAnswerIsCheckedAsAnAnchorLater() throws Exception {
        var admin = accounts.open(TestStaff.account("api-anchor", Role.ADMIN));
        String credentials = basic(admin.username(), TestStaff.PASSWORD);
        log.record(admin.username(), "API_TEST", "API-ANCHOR", "");
        JsonNode head = JsonMapper.builder().build().readTree(get(credentials).body()).get("head");
        log.record(admin.username(), "API_TEST", "API-ANCHOR", "later");

        var holds = get(credentials, "?anchorSequence=" + head.get("sequence").asLong() + "&anchorHash="
                + head.get("hash").asString());
        var wrong = get(credentials, "?anchorSequence=" + head.get("sequence").asLong() + "&anchorHash="
                + "0".repeat(63) + "1");
        var half = get(credentials, "?anchorSequence=3");

        assertThat(holds.body()).contains("\"anchorHolds\":true");
        assertThat(wrong.body()).contains("\"anchorHolds\":false");
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(half.body()).contains("go together");
    }

    @Test
    void withoutCredentialsTheAnswerIs401WithABasicChallenge() throws Exception {
        var response = get(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("entriesChecked");
    }

    @Test
    void aMonitoringAccountChecksTheChainWithoutAdministratorRights() throws Exception {
        var monitoring = accounts.open(TestStaff.account("api-monitor", Role.MONITORING));

        var response = get(basic(monitoring.username(), TestStaff.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"intact\":true");
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        var admin = accounts.open(TestStaff.account("api-admin", Role.ADMIN));

        assertThat(get(basic(admin.username(), "not the right password")).statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordsOverTheApiSlowTheClientDownLikeOnTheSignInPageAndLockNothing() throws Exception {
        var admin = accounts.open(TestStaff.account("api-admin", Role.ADMIN));
        for (int i = 0; i < 5; i++) {
            assertThat(get(basic(admin.username(), "not the right password")).statusCode()).isEqualTo(401);
        }

        var refused = get(basic(admin.username(), TestStaff.PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.body()).doesNotContain("entriesChecked");
        assertThat(accounts.find(admin.id()).orElseThrow().lockedUntil()).isNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(get(basic(admin.username(), TestStaff.PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void staffWithoutTheAdministratorOrMonitoringRoleAre403() throws Exception {
        var supervisor = accounts.open(TestStaff.account("api-supervisor", Role.SUPERVISOR, Role.CASEWORKER,
                Role.OVERSIGHT));

        var response = get(basic(supervisor.username(), TestStaff.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("entriesChecked");
    }

    private HttpResponse<String> get(String authorization) throws IOException, InterruptedException {
        return get(authorization, "");
    }

    private HttpResponse<String> get(String authorization, String query) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + AuditVerificationController.PATH
                        + query))
                .header("Accept", "application/json").header("X-Forwarded-For", clientAddress).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
