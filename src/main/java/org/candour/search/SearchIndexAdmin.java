package org.candour.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.candour.requests.RequestSnapshots;
import org.candour.search.internal.IndexRebuilder;
import org.candour.search.internal.PendingUpdates;
import org.candour.search.internal.RequestIndex;
import org.springframework.stereotype.Service;

/** For administrators: how the index stands against the database, and a zero-downtime rebuild. */
@Service
public class SearchIndexAdmin {

    private final ElasticsearchClient client;
    private final RequestIndex index;
    private final IndexRebuilder rebuilder;
    private final PendingUpdates pending;
    private final RequestSnapshots snapshots;

    SearchIndexAdmin(ElasticsearchClient client, RequestIndex index, IndexRebuilder rebuilder,
                     PendingUpdates pending, RequestSnapshots snapshots) {
        this.client = client;
        this.index = index;
        this.rebuilder = rebuilder;
        this.pending = pending;
        this.snapshots = snapshots;
    }

    public IndexStatus status() {
        var backlog = pending.backlog();
        long requests = snapshots.count();
        try {
            String health = client.cluster().health().status().jsonValue().toLowerCase(Locale.ROOT);
            index.ensureExists();
            long documents = client.count(c -> c.index(RequestIndex.ALIAS)).count();
            return new IndexStatus(health, index.currentIndex().orElse(null), documents, requests, backlog.count(),
                    backlog.oldestAge());
        } catch (IOException | RuntimeException e) {
            return new IndexStatus("unavailable", null, 0, requests, backlog.count(), backlog.oldestAge());
        }
    }

    /** Rebuilds from the database; blocks until done, reporting (done, total) to {@code progress}. */
    public RebuildResult rebuild(BiConsumer<Long, Long> progress) throws IOException {
        return rebuilder.rebuild(progress);
    }
}
