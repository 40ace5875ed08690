package org.candour.search.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import org.junit.jupiter.api.Test;

class LocalElasticsearchNodeIT {

    private static final List<String> BOROUGHS = List.of("Camden", "Hackney", "Lambeth", "Southwark");

    record RequestDocument(String reference, String borough, String description, LocalDate filedOn) {
    }

    @Test
    void servesIndexingSearchAndAggregationsAndLeavesNoProcessBehindWhenStopped() throws Exception {
        LocalElasticsearchNode node = LocalElasticsearchNode.start(
                LocalNodeSettings.withFreePorts(TestNodeHome.home(), TestNodeHome.freshWorkDir("node-it")));
        long pid = node.pid();
        try (ElasticsearchClient client = ElasticsearchClient.of(config -> config.host(node.httpUri())
                .jsonMapper(new Jackson3JsonpMapper()))) {
            assertThat(client.cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);

            client.indices().create(index -> index.index("requests")
                    .mappings(mapping -> mapping
                            .properties("reference", property -> property.keyword(keyword -> keyword))
                            .properties("borough", property -> property.keyword(keyword -> keyword))
                            .properties("description", property -> property.text(text -> text.analyzer("standard")))
                            .properties("filedOn", property -> property.date(date -> date))));

            BulkResponse bulk = client.bulk(request -> request.index("requests").refresh(Refresh.True).operations(indexOperations(200)));
            assertThat(bulk.errors()).isFalse();

            SearchResponse<RequestDocument> search = client.search(request -> request.index("requests")
                    .query(query -> query.match(match -> match.field("description").query("bicycle")))
                    .size(100)
                    .aggregations("boroughs", aggregation -> aggregation.terms(terms -> terms.field("borough"))),
                    RequestDocument.class);

            assertThat(search.hits().total().value()).isEqualTo(50);
            assertThat(search.hits().hits()).allSatisfy(hit ->
                    assertThat(hit.source().description()).contains("bicycle"));
            Map<String, Long> perBorough = search.aggregations().get("boroughs").sterms().buckets().array().stream()
                    .collect(Collectors.toMap(bucket -> bucket.key().stringValue(), StringTermsBucket::docCount));
            assertThat(perBorough).containsOnlyKeys(BOROUGHS).allSatisfy((borough, count) ->
                    assertThat(count).isPositive());
            assertThat(perBorough.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(50);
        }
        finally {
            node.stop();
            NodePlacement.deleteTree(node.workDir());
        }

        assertThat(node.isRunning()).isFalse();
        assertThat(ProcessHandle.of(pid)).isEmpty();
        assertThat(ProcessHandle.current().descendants()).noneMatch(process -> process.info().commandLine()
                .orElse("").contains(node.workDir().toString()));
    }

    @Test
    void reportsTheNodeLogWhenTheNodeCannotStart() {
        LocalNodeSettings tooSmallHeap = new LocalNodeSettings(TestNodeHome.home(),
                TestNodeHome.freshWorkDir("failing-node-it"), 0, 0, "1k", Duration.ofSeconds(60));

        assertThatIllegalStateException().isThrownBy(() -> LocalElasticsearchNode.start(tooSmallHeap))
                .withMessageContaining("did not start: the node exited")
                .withMessageContaining("last lines of")
                .withMessageContaining("heap");
    }

    @Test
    void explainsHowToAssembleAMissingHome() {
        assertThatIllegalStateException()
                .isThrownBy(() -> LocalElasticsearchNode.start(LocalNodeSettings.withFreePorts(
                        Path.of("target/no-such-home"), TestNodeHome.freshWorkDir("unused"))))
                .withMessageContaining("./mvnw generate-resources")
                .withMessageContaining("spring.elasticsearch.uris");
    }

    private static List<BulkOperation> indexOperations(int count) {
        List<BulkOperation> operations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String subject = i % 4 == 0 ? "bicycle theft" : "noise complaint";
            RequestDocument document = new RequestDocument("BWV-%05d".formatted(i), BOROUGHS.get((i / 4) % 4),
                    "Footage of a " + subject + " near the station", LocalDate.of(2026, 1, 1).plusDays(i % 90));
            String id = document.reference();
            operations.add(BulkOperation.of(operation -> operation.index(index -> index.id(id).document(document))));
        }
        return operations;
    }
}
