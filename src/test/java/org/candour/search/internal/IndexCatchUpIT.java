package org.candour.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.candour.identity.Role;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestEvent;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequestSnapshot;
import org.candour.requests.RequestSnapshots;
import org.candour.search.SearchIndexAdmin;
import org.candour.search.node.LocalElasticsearchNode;
import org.candour.search.node.LocalNodeSettings;
import org.candour.shared.LondonTime;
import org.candour.shared.outbox.OutboxBackoff;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.candour.support.TestSecurity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * After a long outage the index catches up as soon as the cluster is back, not when each update's back-off (up to
 * five minutes) runs out. The clock stands still throughout, so no back-off ever elapses: the ordinary retries
 * cannot index anything that failed, and only the catch-up can have levelled the index with the database.
 */
@SpringBootTest(properties = {"candour.search.retry-interval=PT0.5S", "candour.search.max-backoff=PT5M"})
@Import(ClockTestConfiguration.class)
class IndexCatchUpIT {

    private static final int HTTP_PORT = freePort();
    private static final int TRANSPORT_PORT = freePort();
    private static final LocalNodeSettings SETTINGS = new LocalNodeSettings(
            Path.of(System.getProperty("candour.elasticsearch.local-node.home", "target/elasticsearch-9.5.3")),
            Path.of(System.getProperty("candour.elasticsearch.local-node.work-dir", "target/elasticsearch-test-nodes"))
                    .resolve("catch-up-" + ProcessHandle.current().pid()),
            HTTP_PORT, TRANSPORT_PORT, LocalNodeSettings.DEFAULT_HEAP_SIZE, LocalNodeSettings.DEFAULT_STARTUP_TIMEOUT);
    private static LocalElasticsearchNode node = LocalElasticsearchNode.start(SETTINGS);

    @DynamicPropertySource
    static void useThisNode(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + HTTP_PORT);
    }

    @AfterAll
    static void stopNode() {
        node.stop();
    }

    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    RequestSnapshots snapshots;
    @Autowired
    SearchIndexAdmin admin;
    @Autowired
    EventPublicationRepository publications;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    MutableClock clock;

    @Test
    void everyUpdateHeldBackByAnOutageIsIndexedAsSoonAsTheClusterReturns() throws IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
        var first = filing.file(TestRequests.valid(today.minusDays(20))).reference();
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.status().documents() == 1);

        node.stop();
        TestSecurity.run("casey", Role.CASEWORKER, () -> {
            var d = casework.verifyIdentity(first, casework.find(first).orElseThrow().version(), today);
            casework.startSearch(first, d.version());
        });
        for (int i = 0; i < 12; i++) {
            filing.file(TestRequests.valid(today.minusDays(2 + i % 20)));
        }
        // Every write of the outage has been tried and has failed; none is due again by its back-off.
        await().atMost(Duration.ofSeconds(60)).until(() -> searchPublications().size() >= 14
                && searchPublications().stream().allMatch(p -> p.getCompletionAttempts() >= 1
                        && p.getStatus() == org.springframework.modulith.events.EventPublication.Status.FAILED));
        assertThat(searchPublications()).noneMatch(p ->
                OutboxBackoff.isDue(p, clock.instant(), Duration.ofMinutes(5), Duration.ofMinutes(1)));

        node = LocalElasticsearchNode.start(SETTINGS);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> searchPublications().isEmpty() && admin.status().documents() == snapshots.count());
        for (RequestSnapshot snapshot : snapshots.pageAfter(null, 100)) {
            assertThat(indexedVersion(snapshot)).as(snapshot.reference()).isEqualTo(snapshot.version());
        }
        assertThat(snapshots.count()).isEqualTo(13);
    }

    private java.util.List<org.springframework.modulith.events.core.TargetEventPublication> searchPublications() {
        return publications.findIncompletePublications().stream()
                .filter(p -> p.getEvent() instanceof RequestEvent
                        && OutboxBackoff.isForListenerIn(p, IndexCatchUp.SEARCH_LISTENERS))
                .toList();
    }

    private long indexedVersion(RequestSnapshot snapshot) throws IOException {
        var hit = client.get(get -> get.index(RequestIndex.ALIAS).id(snapshot.id().toString()), RequestDocument.class);
        assertThat(hit.found()).as(snapshot.reference()).isTrue();
        return hit.version();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
