package org.candour.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.candour.requests.RequestSnapshot;
import org.candour.requests.RequestSnapshots;
import org.candour.search.RebuildResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Zero-downtime rebuild from the system of record: fills a new versioned index with the client's bulk ingester
 * (live changes are written to it as well), then moves the alias to it in one atomic step, drops the old one, and has
 * the new one merged into one segment. Searching keeps using the old index until the swap.
 */
@Component
public class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);
    private static final int PAGE = 1_000;
    private static final int VERSION_CONFLICT = 409;

    private final ElasticsearchClient client;
    private final RequestIndex index;
    private final RequestSnapshots snapshots;
    private final RebuildTarget target;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    IndexRebuilder(ElasticsearchClient client, RequestIndex index, RequestSnapshots snapshots, RebuildTarget target,
                   Clock clock) {
        this.client = client;
        this.index = index;
        this.snapshots = snapshots;
        this.target = target;
        this.clock = clock;
    }

    /** Rebuilds the index; {@code progress} receives (documents done, documents in total) as it goes. */
    public RebuildResult rebuild(BiConsumer<Long, Long> progress) throws IOException {
        index.ensureExists();
        String old = index.currentIndex().orElse(null);
        String next = RequestIndex.INDEX_PREFIX + (versionOf(old) + 1);
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("A rebuild is already running");
        }
        Instant started = clock.instant();
        boolean created = false;
        try {
            client.indices().create(create -> create.index(next)
                    .settings(s -> s.refreshInterval(r -> r.time("-1"))));
            created = true;
            target.writeAlsoTo(next);
            var counts = fill(next, progress);
            client.indices().putSettings(put -> put.index(next)
                    .settings(s -> s.refreshInterval(r -> r.time(RequestIndex.REFRESH_INTERVAL))));
            client.indices().refresh(refresh -> refresh.index(next));
            swapAlias(old, next);
            mergeIntoOneSegment(next);
            return new RebuildResult(next, counts[0], counts[1], Duration.between(started, clock.instant()));
        } catch (IOException | RuntimeException e) {
            target.clear();
            if (created) {
                // Only an index this rebuild made: another instance may be filling one of the same name.
                client.indices().delete(delete -> delete.index(next).ignoreUnavailable(true));
            }
            throw e;
        } finally {
            target.clear();
            running.set(false);
        }
    }

    private long[] fill(String next, BiConsumer<Long, Long> progress) {
        long total = snapshots.count();
        var indexed = new AtomicLong();
        var failed = new AtomicLong();
        try (var ingester = BulkIngester.<Void>of(b -> b.client(client).maxOperations(2_000)
                .maxConcurrentRequests(2).listener(counting(indexed, failed)))) {
            UUID after = null;
            long read = 0;
            List<RequestSnapshot> page;
            while (!(page = snapshots.pageAfter(after, PAGE)).isEmpty()) {
                for (RequestSnapshot snapshot : page) {
                    var document = RequestDocument.of(snapshot);
                    ingester.add(op -> op.index(i -> i.index(next).id(document.id()).version(document.version())
                            .versionType(VersionType.External).document(document)));
                }
                after = page.getLast().id();
                read += page.size();
                progress.accept(Math.min(read, total), Math.max(total, read));
            }
        }
        return new long[] {indexed.get(), failed.get()};
    }

    private static BulkListener<Void> counting(AtomicLong indexed, AtomicLong failed) {
        return new BulkListener<>() {
            @Override
            public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {
            }

            @Override
            public void afterBulk(long id, BulkRequest request, List<Void> contexts, BulkResponse response) {
                response.items().forEach(item -> {
                    // A conflict means a live update already wrote a newer version: that document is in.
                    if (item.error() == null || item.status() == VERSION_CONFLICT) {
                        indexed.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                });
            }

            @Override
            public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
                failed.addAndGet(request.operations().size());
            }
        };
    }

    /**
     * Asks the node to merge {@code name} into one segment, in the background: the index is searchable already.
     * Left alone, the bulk's segments (7 at 1,000,000 requests) were merged at the first live writes instead, 408 MB
     * while a surge of filings was being searched, which doubled the searches' p95 (issue 20). One segment stays
     * open to later merges while it is under the merge policy's largest merged segment (5 GB, some 12 million
     * requests). A failure here is logged: the rebuild is done, and the merge policy merges in its own time.
     */
    void mergeIntoOneSegment(String name) {
        try {
            client.indices().forcemerge(merge -> merge.index(name).maxNumSegments(1L).waitForCompletion(false));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not ask for the rebuilt index {} to be merged: {}", name, e.toString());
        }
    }

    private void swapAlias(@Nullable String old, String next) throws IOException {
        client.indices().updateAliases(update -> {
            if (old != null) {
                update.actions(action -> action.remove(remove -> remove.index(old).alias(RequestIndex.ALIAS)));
            }
            return update.actions(action -> action.add(add -> add.index(next).alias(RequestIndex.ALIAS)
                    .isWriteIndex(true)));
        });
        index.rebuilt();
        if (old != null) {
            client.indices().delete(delete -> delete.index(old));
        }
    }

    private static int versionOf(@Nullable String indexName) {
        return indexName == null ? 0 : Integer.parseInt(indexName.substring(RequestIndex.INDEX_PREFIX.length()));
    }
}
