package org.candour.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.CommonStatsFlag;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A rebuilt index is merged into one segment in the background, so the first live writes after a rebuild do not
 * set off a merge of the whole index (see {@link IndexRebuilder#mergeIntoOneSegment}). An index of its own, so the
 * segments are this test's: each refresh of a changed index writes one.
 */
@SpringBootTest
class RebuiltIndexMergeIT {

    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexRebuilder rebuilder;

    @Test
    void theIndexIsMergedIntoOneSegment() throws IOException {
        String name = "merge-check-" + UUID.randomUUID();
        client.indices().create(c -> c.index(name).settings(s -> s.refreshInterval(r -> r.time("-1"))));
        try {
            for (int i = 0; i < 3; i++) {
                String id = "document-" + i;
                client.index(put -> put.index(name).id(id).document(Map.of("n", id)));
                client.indices().refresh(r -> r.index(name));
            }
            assertThat(segments(name)).isEqualTo(3);

            rebuilder.mergeIntoOneSegment(name);

            await().atMost(Duration.ofSeconds(30)).until(() -> segments(name) == 1);
            assertThat(client.count(c -> c.index(name)).count()).isEqualTo(3);
        } finally {
            client.indices().delete(d -> d.index(name));
        }
    }

    private long segments(String name) throws IOException {
        return client.indices().stats(s -> s.index(name).metric(CommonStatsFlag.Segments)).all().primaries()
                .segments().count();
    }
}
