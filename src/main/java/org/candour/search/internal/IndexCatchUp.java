package org.candour.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.candour.requests.RequestEvent;
import org.candour.requests.RequestSnapshots;
import org.candour.shared.outbox.OutboxBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the index level with the database in one pass after an outage: every update of the search listener still
 * in the outbox (pending or failed, whatever its back-off), grouped by request, each request's latest snapshot
 * written in bulk batches, then those publications marked complete. External versions keep it idempotent: an older
 * snapshot never overwrites a newer document (a conflict counts as done), and a replay changes nothing. A request
 * whose write fails keeps its publications in the outbox for the ordinary retries.
 */
@Component
class IndexCatchUp {

    static final String SEARCH_LISTENERS = "org.candour.search.";
    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);
    private static final int BATCH = 500;
    private static final int VERSION_CONFLICT = 409;

    record Result(int publications, int requests, int failedRequests, Duration took) {
    }

    private final EventPublicationRepository publications;
    private final RequestSnapshots snapshots;
    private final ElasticsearchClient client;
    private final RequestIndex index;
    private final RebuildTarget rebuild;
    private final TransactionTemplate transactions;
    private final Clock clock;

    IndexCatchUp(EventPublicationRepository publications, RequestSnapshots snapshots, ElasticsearchClient client,
                 RequestIndex index, RebuildTarget rebuild, TransactionTemplate transactions, Clock clock) {
        this.publications = publications;
        this.snapshots = snapshots;
        this.client = client;
        this.index = index;
        this.rebuild = rebuild;
        this.transactions = transactions;
        this.clock = clock;
    }

    Result run() throws IOException {
        long started = System.nanoTime();
        index.ensureExists();
        Map<UUID, List<TargetEventPublication>> byRequest = new LinkedHashMap<>();
        int count = 0;
        for (TargetEventPublication publication : publications.findIncompletePublications()) {
            if (publication.getEvent() instanceof RequestEvent event
                    && OutboxBackoff.isForListenerIn(publication, SEARCH_LISTENERS)) {
                byRequest.computeIfAbsent(event.requestId(), id -> new ArrayList<>()).add(publication);
                count++;
            }
        }
        List<UUID> ids = new ArrayList<>(byRequest.keySet());
        int failed = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            var batch = ids.subList(from, Math.min(from + BATCH, ids.size()));
            Set<UUID> written = write(batch);
            failed += batch.size() - written.size();
            complete(written.stream().flatMap(id -> byRequest.get(id).stream()).toList());
        }
        var result = new Result(count, ids.size(), failed, Duration.ofNanos(System.nanoTime() - started));
        if (count > 0) {
            log.info("Search index caught up: {} pending updates of {} requests written in bulk in {} ms ({} failed)",
                    result.publications(), result.requests(), result.took().toMillis(), failed);
        }
        return result;
    }

    /** Writes the latest snapshot of each request; returns the requests now level (or gone from the database). */
    private Set<UUID> write(List<UUID> batch) throws IOException {
        Set<UUID> level = new HashSet<>();
        List<BulkOperation> operations = new ArrayList<>();
        List<UUID> operationIds = new ArrayList<>();
        String rebuilding = rebuild.index();
        for (UUID id : batch) {
            var snapshot = snapshots.find(id);
            if (snapshot.isEmpty()) {
                level.add(id); // as the indexer does: nothing of it may be shown
                continue;
            }
            var document = RequestDocument.of(snapshot.get());
            for (String target : rebuilding == null ? List.of(RequestIndex.ALIAS)
                    : List.of(RequestIndex.ALIAS, rebuilding)) {
                operations.add(BulkOperation.of(op -> op.index(i -> i.index(target).id(document.id())
                        .version(document.version()).versionType(VersionType.External).document(document))));
                operationIds.add(id);
            }
        }
        if (operations.isEmpty()) {
            return level;
        }
        var response = client.bulk(bulk -> bulk.operations(operations));
        Set<UUID> failed = new HashSet<>();
        var items = response.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).error() != null && items.get(i).status() != VERSION_CONFLICT) {
                failed.add(operationIds.get(i));
            }
        }
        for (UUID id : operationIds) {
            if (!failed.contains(id)) {
                level.add(id);
            }
        }
        return level;
    }

    private void complete(List<TargetEventPublication> done) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status ->
                done.forEach(publication -> publications.markCompleted(publication.getIdentifier(), now)));
    }
}
