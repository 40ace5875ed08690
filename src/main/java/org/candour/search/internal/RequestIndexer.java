package org.candour.search.internal;

import java.io.IOException;
import org.candour.requests.RequestEvent;
import org.candour.requests.RequestSnapshots;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the database. Runs after the change committed; the event publication stays
 * incomplete in the outbox until this succeeds, so a failure (Elasticsearch down) is retried, never lost.
 */
@Component
class RequestIndexer {

    private final RequestSnapshots snapshots;
    private final RequestIndex index;
    private final RebuildTarget rebuild;

    RequestIndexer(RequestSnapshots snapshots, RequestIndex index, RebuildTarget rebuild) {
        this.snapshots = snapshots;
        this.index = index;
        this.rebuild = rebuild;
    }

    @ApplicationModuleListener
    void on(RequestEvent event) throws IOException {
        index.ensureExists();
        var snapshot = snapshots.find(event.requestId());
        if (snapshot.isEmpty()) {
            return;
        }
        var document = RequestDocument.of(snapshot.get());
        index.put(document, RequestIndex.ALIAS);
        var rebuilding = rebuild.index();
        if (rebuilding != null) {
            index.put(document, rebuilding);
        }
    }
}
