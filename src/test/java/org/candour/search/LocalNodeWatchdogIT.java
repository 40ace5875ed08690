package org.candour.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequestSnapshots;
import org.candour.search.node.LocalElasticsearchNode;
import org.candour.search.node.LocalNodeSettings;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The local run's Elasticsearch node dies (its process is killed): the portal says so in one log line, starts the
 * node again on the same port and data, and the outbox indexes what was filed meanwhile. Nobody restarts the portal.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {"candour.search.retry-interval=PT0.5S", "candour.search.max-backoff=PT2S"})
class LocalNodeWatchdogIT {

    private static final int HTTP_PORT = freePort();
    private static final LocalNodeSettings SETTINGS = new LocalNodeSettings(
            Path.of(System.getProperty("candour.elasticsearch.local-node.home", "target/elasticsearch-9.5.3")),
            Path.of(System.getProperty("candour.elasticsearch.local-node.work-dir", "target/elasticsearch-test-nodes"))
                    .resolve("watchdog-" + ProcessHandle.current().pid()),
            // Patient: a loaded CI machine has taken more than the default two minutes to start a node.
            HTTP_PORT, freePort(), LocalNodeSettings.DEFAULT_HEAP_SIZE, Duration.ofMinutes(6));
    private static final LocalElasticsearchNode node = LocalElasticsearchNode.start(SETTINGS);

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
    RequestSearch search;
    @Autowired
    SearchIndexAdmin admin;
    @Autowired
    RequestSnapshots snapshots;

    @Test
    void aKilledNodeIsStartedAgainAndTheIndexCatchesUp(CapturedOutput output) {
        filing.file(TestRequests.valid(LocalDate.now().minusDays(3)));
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.status().documents() == snapshots.count());
        long killedPid = node.pid();

        ProcessHandle.of(killedPid).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(killedPid).isEmpty());
        String filedWhileDown = filing.file(TestRequests.valid(LocalDate.now().minusDays(2))).reference();

        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> search.search(new SearchQuery(filedWhileDown, Set.of(), Set.of(), Set.of(), false, false,
                        false, null, null, SearchQuery.Order.NEWEST, 0, 10)).hits().stream()
                        .anyMatch(hit -> hit.reference().equals(filedWhileDown)));
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.status().documents() == snapshots.count());

        assertThat(node.restarts()).isEqualTo(1);
        assertThat(node.pid()).isNotEqualTo(killedPid);
        assertThat(node.httpUri().getPort()).isEqualTo(HTTP_PORT);
        assertThat(output.getOut().lines().filter(line -> line.contains("Local Elasticsearch node (pid " + killedPid
                + ") exited with code"))).hasSize(1);
        assertThat(output.getOut()).contains("Local Elasticsearch node is back at http://127.0.0.1:" + HTTP_PORT);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
