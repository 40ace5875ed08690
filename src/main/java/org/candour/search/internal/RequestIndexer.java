package org.candour.search.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
    private final IndexAvailability availability;
    private final Counter indexed;

    RequestIndexer(RequestSnapshots snapshots, RequestIndex index, RebuildTarget rebuild,
                   IndexAvailability availability, MeterRegistry registry) {
        this.snapshots = snapshots;
        this.index = index;
        this.rebuild = rebuild;
        this.availability = availability;
        this.indexed = Counter.builder("candour.search.documents.indexed")
                .description("Request updates this node has written to the index").register(registry);
    }

    @ApplicationModuleListener
    void on(RequestEvent event) throws IOException {
        try {
            write(event);
        } catch (IOException | RuntimeException e) {
            availability.writeFailed(e);
            throw e;
        }
        availability.answered();
    }

    private void write(RequestEvent event) throws IOException {
        index.ensureExists();
        var snapshot = snapshots.find(event.requestId());
        if (snapshot.isEmpty()) {
            return;
        }
        var document = RequestDocument.of(snapshot.get());
        index.put(document, RequestIndex.ALIAS);
        indexed.increment();
        var rebuilding = rebuild.index();
        if (rebuilding != null) {
            index.put(document, rebuilding);
        }
    }
}
