package org.candour.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.candour.benchmark.FlowSession;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Vaadin's unload beacon, sent by the browser as a tab closes, ends a reader's session when it was the session's
 * last tab, so its memory is returned at once; staff sessions and a second open tab keep theirs. A reader who falls
 * silent without the beacon on read-only pages loses the session at the first sweep after 45 s; a staff member, or a
 * visitor with any other page open, never does. Speaks Flow's own
 * protocol over HTTP as a browser does ({@link FlowSession}) and asks Tomcat which sessions it still holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"candour.identity.two-factor.required=false",
                // Sessions only: no search node (the portal works without one).
                "candour.elasticsearch.local-node.enabled=false", "spring.elasticsearch.uris=http://127.0.0.1:9"})
class ReaderSessionsIT {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();

    @Autowired
    ApplicationContext context;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ReaderSessions readerSessions;

    private int port;
    private Manager sessions;

    @BeforeEach
    void findTheServer() {
        var server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        port = server.getPort();
        sessions = ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    @Test
    void aReadersSessionEndsWhenItsOnlyTabIsClosed() throws Exception {
        var reader = new FlowSession(http, port);
        reader.open("statistics");
        String id = reader.sessionId();
        assertThat(isOpen(id)).isTrue();

        reader.closeTab();

        await().atMost(Duration.ofSeconds(30)).until(() -> !isOpen(id));
    }

    @Test
    void aReadersSessionStaysWhileAnotherOfItsTabsIsOpen() throws Exception {
        var reader = new FlowSession(http, port);
        reader.open("statistics");
        reader.open("statistics/calendar");
        String id = reader.sessionId();

        reader.closeTab();
        reader.open("statistics/methodology");

        assertThat(reader.sessionId()).as("no new session was made").isEqualTo(id);
        assertThat(isOpen(id)).isTrue();
    }

    @Test
    void aReaderWhoFallsSilentWithoutTheBeaconLosesTheSessionAtTheNextSweep() throws Exception {
        var reader = new FlowSession(http, port);
        reader.open("statistics");
        String id = reader.sessionId();

        readerSessions.endSessionsSilentAt(Instant.now().plusSeconds(30));
        assertThat(isOpen(id)).as("heard from 30 s before: still reading").isTrue();

        readerSessions.endSessionsSilentAt(Instant.now().plusSeconds(46));
        assertThat(isOpen(id)).as("silent for longer than 45 s: no tab left").isFalse();
    }

    @Test
    void aSilentSessionOnAPageThatIsNotReadOnlyIsLeftToItsTimeout() throws Exception {
        var visitor = new FlowSession(http, port);
        visitor.open("statistics");
        visitor.open("track");
        String id = visitor.sessionId();

        readerSessions.endSessionsSilentAt(Instant.now().plus(Duration.ofMinutes(5)));

        assertThat(isOpen(id)).as("one tab tracks a request: a reload could lose it").isTrue();
    }

    @Test
    void aSilentStaffSessionIsLeftToItsTimeout() throws Exception {
        var caseworker = signedInCaseworker("silent-staff");
        caseworker.open("staff/queue");
        String id = caseworker.sessionId();

        readerSessions.endSessionsSilentAt(Instant.now().plus(Duration.ofHours(1)));

        assertThat(isOpen(id)).isTrue();
    }

    @Test
    void aStaffSessionStaysWhenItsLastTabIsClosed() throws Exception {
        var caseworker = signedInCaseworker("reader-sessions");
        caseworker.open("staff/queue");
        String id = caseworker.sessionId();

        caseworker.closeTab();
        caseworker.open("staff/queue");

        assertThat(caseworker.sessionId()).isEqualTo(id);
        assertThat(isOpen(id)).isTrue();
    }

    private FlowSession signedInCaseworker(String name) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("ada-admin", "n/a", "ROLE_ADMIN"));
        String username;
        try {
            username = accounts.open(TestStaff.account(name, Role.CASEWORKER)).username();
        } finally {
            SecurityContextHolder.clearContext();
        }
        var caseworker = new FlowSession(http, port);
        caseworker.signIn(username, TestStaff.PASSWORD);
        return caseworker;
    }

    private boolean isOpen(String id) throws IOException {
        var session = sessions.findSession(id);
        return session != null && session.isValid();
    }
}
