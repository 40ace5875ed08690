package org.candour.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import org.candour.requests.RequestState;
import org.candour.identity.Role;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequestSnapshots;
import org.candour.requests.RequestTrackingService;
import org.candour.requests.TrackingOutcome;
import org.candour.search.node.LocalElasticsearchNode;
import org.candour.search.node.LocalNodeSettings;
import org.candour.requests.domain.NoFootageReason;
import org.candour.support.TestRequests;
import org.candour.support.TestSecurity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Elasticsearch going down delays search but loses nothing: requests filed and moved through casework while the
 * node is stopped are in the index, in their latest state, after it restarts; filing, casework and tracking keep
 * working meanwhile.
 */
@SpringBootTest(properties = {"candour.search.retry-interval=PT0.5S", "candour.search.max-backoff=PT2S"})
class IndexConvergenceIT {

    private static final int HTTP_PORT = freePort();
    private static final int TRANSPORT_PORT = freePort();
    private static final LocalNodeSettings SETTINGS = new LocalNodeSettings(
            Path.of(System.getProperty("candour.elasticsearch.local-node.home", "target/elasticsearch-9.5.3")),
            Path.of(System.getProperty("candour.elasticsearch.local-node.work-dir", "target/elasticsearch-test-nodes"))
                    .resolve("convergence-" + ProcessHandle.current().pid()),
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
    RequestTrackingService tracking;
    @Autowired
    RequestSearch search;
    @Autowired
    SearchIndexAdmin admin;
    @Autowired
    RequestSnapshots snapshots;
    @Autowired
    CaseworkService casework;

    @Test
    void requestsFiledAndMovedWhileTheNodeIsDownAreIndexedWhenItReturns() {
        var first = filing.file(TestRequests.valid(LocalDate.now().minusDays(40))).reference();
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.status().documents() == 1);

        node.stop();
        TestSecurity.run("casey", Role.CASEWORKER, () -> {
            var d = casework.verifyIdentity(first, casework.find(first).orElseThrow().version(),
                    LocalDate.now());
            d = casework.startSearch(first, d.version());
            casework.noFootageHeld(first, d.version(), NoFootageReason.DELETED_BEFORE_REQUEST);
        });
        var receipts = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var receipt = filing.file(TestRequests.valid(LocalDate.now().minusDays(i + 2)));
            receipts.add(receipt.reference());
            assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "client-" + i))
                    .isInstanceOf(TrackingOutcome.Found.class);
        }
        assertThatThrownBy(() -> search.search(SearchQuery.everything()))
                .isInstanceOfSatisfying(SearchUnavailableException.class,
                        e -> assertThat(e.pendingUpdates()).isGreaterThanOrEqualTo(5));
        assertThat(admin.status().available()).isFalse();

        node = LocalElasticsearchNode.start(SETTINGS);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> admin.status().documents() == snapshots.count());
        var all = search.search(new SearchQuery("", java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                false, false, false, null, null, SearchQuery.Order.NEWEST, 0, 50));
        assertThat(all.hits()).extracting(SearchResults.Hit::reference).containsAll(receipts);
        assertThat(all.hits()).filteredOn(hit -> hit.reference().equals(first))
                .extracting(SearchResults.Hit::state).containsExactly(RequestState.NO_FOOTAGE_HELD);
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.status().pendingUpdates() == 0);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
