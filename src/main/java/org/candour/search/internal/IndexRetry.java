package org.candour.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.candour.requests.RequestEvent;
import org.candour.shared.outbox.OutboxBackoff;
import org.candour.shared.outbox.OutboxLease;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits request events whose indexing failed, with exponential back-off per publication (1 s, 2 s, 4 s, ...
 * up to {@code candour.search.max-backoff}, 5 minutes by default), so a node that comes back is caught up without hammering one that is still down.
 * A publication whose attempt is still under way (published, resubmitted or processing, not failed) is left alone
 * for {@code candour.search.in-flight-timeout} (1 minute), so a burst that queues up behind the indexer is not
 * indexed twice; after that it is taken for the leftover of a node that died. Of several portal nodes only the one
 * holding the {@link OutboxLease} resubmits, so two nodes never index the same update.
 *
 * <p>After an outage the back-off is not waited out: while the index is known to be down each round asks the
 * cluster's health, and once it answers (or a write succeeds) {@link IndexCatchUp} writes everything still pending
 * in bulk, so the index is level again within seconds of the cluster's return.
 */
@Component
class IndexRetry {

    /** Other modules' listeners of the same events (notifications) retry on their own schedule. */
    private static final String SEARCH_LISTENERS = IndexCatchUp.SEARCH_LISTENERS;

    private final IncompleteEventPublications incomplete;
    private final OutboxLease lease;
    private final Clock clock;
    private final Duration maxBackoff;
    private final Duration inFlightTimeout;
    private final IndexAvailability availability;
    private final IndexCatchUp catchUp;
    private final ElasticsearchClient client;

    IndexRetry(IncompleteEventPublications incomplete, OutboxLease lease, Clock clock,
               IndexAvailability availability, IndexCatchUp catchUp, ElasticsearchClient client,
               @Value("${candour.search.max-backoff:PT5M}") Duration maxBackoff,
               @Value("${candour.search.in-flight-timeout:PT1M}") Duration inFlightTimeout) {
        this.incomplete = incomplete;
        this.lease = lease;
        this.clock = clock;
        this.maxBackoff = maxBackoff;
        this.inFlightTimeout = inFlightTimeout;
        this.availability = availability;
        this.catchUp = catchUp;
        this.client = client;
    }

    @Scheduled(fixedDelayString = "${candour.search.retry-interval:PT2S}")
    void resubmitDue() {
        if (!lease.tryHold()) {
            return;
        }
        if (availability.isDown() && clusterAnswers()) {
            availability.answered();
        }
        if (availability.takeCatchUp()) {
            try {
                catchUp.run();
            } catch (IOException | RuntimeException e) {
                availability.catchUpFailed(e);
            }
        }
        Instant now = clock.instant();
        incomplete.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof RequestEvent
                && OutboxBackoff.isForListenerIn(publication, SEARCH_LISTENERS) && isDue(publication, now, maxBackoff, inFlightTimeout));
    }

    /** Yellow or green: every primary shard is there, so the index takes writes. */
    private boolean clusterAnswers() {
        try {
            return client.cluster().health().status() != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static boolean isDue(EventPublication publication, Instant now, Duration maxBackoff, Duration inFlightTimeout) {
        return OutboxBackoff.isDue(publication, now, maxBackoff, inFlightTimeout);
    }

    static Duration backoff(int attempts, Duration maxBackoff) {
        return OutboxBackoff.backoff(attempts, maxBackoff);
    }
}
