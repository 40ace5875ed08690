package org.candour.search.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.candour.search.internal.PendingUpdates.Backlog;
import org.candour.shared.outbox.OutboxLease;
import org.springframework.stereotype.Component;

/**
 * How far the search index is behind the database, for Prometheus: event publications not yet completed
 * ({@code candour_outbox_pending_publications}), the age of the oldest of them ({@code candour_search_indexing_lag_seconds},
 * 0 when none is waiting), and whether this node works the outbox ({@code candour_outbox_lease_held}). Read from the
 * database at each scrape.
 */
@Component
class SearchMetrics implements MeterBinder {

    private final PendingUpdates pending;
    private final OutboxLease lease;

    SearchMetrics(PendingUpdates pending, OutboxLease lease) {
        this.pending = pending;
        this.lease = lease;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("candour.outbox.pending.publications", pending, updates -> updates.backlog().count())
                .description("Event publications in the outbox that no listener has completed yet")
                .register(registry);
        Gauge.builder("candour.search.indexing.lag", pending, SearchMetrics::lagSeconds)
                .description("Age of the oldest event publication still waiting, 0 when none is")
                .baseUnit("seconds").register(registry);
        Gauge.builder("candour.outbox.lease.held", lease, held -> held.isHeld() ? 1 : 0)
                .description("1 if this node currently works the outbox, else 0").register(registry);
    }

    private static double lagSeconds(PendingUpdates updates) {
        Backlog backlog = updates.backlog();
        Duration age = backlog.oldestAge();
        return age == null || age.isNegative() ? 0 : age.toMillis() / 1000.0;
    }
}
