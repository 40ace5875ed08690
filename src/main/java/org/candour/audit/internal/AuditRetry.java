package org.candour.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.candour.shared.audit.Audited;
import org.candour.shared.outbox.OutboxLease;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits audit events whose recording failed (the database was busy or down) every
 * {@code candour.audit.retry-interval}. Only failed publications are resubmitted, never one whose attempt is still
 * running, except one untouched for {@code candour.audit.stale-after} (5 minutes): a node crashed while recording
 * it. Of several portal nodes only the one holding the {@link OutboxLease} resubmits. It looks at every incomplete
 * publication, not a batch of the oldest failures, so a backlog of other modules' events (the search index while
 * Elasticsearch is down) cannot hold audit entries back.
 */
@Component
class AuditRetry {

    /** Infrastructure time, not the domain clock that tests move: staleness is about real elapsed time. */
    private final Clock systemClock = Clock.systemUTC();
    private final IncompleteEventPublications incomplete;
    private final OutboxLease lease;
    private final Duration staleAfter;

    AuditRetry(IncompleteEventPublications incomplete, OutboxLease lease,
               @Value("${candour.audit.stale-after:PT5M}") Duration staleAfter) {
        this.incomplete = incomplete;
        this.lease = lease;
        this.staleAfter = staleAfter;
    }

    @Scheduled(fixedDelayString = "${candour.audit.retry-interval:PT30S}")
    void resubmitFailed() {
        if (!lease.tryHold()) {
            return;
        }
        Instant staleBefore = systemClock.instant().minus(staleAfter);
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof Audited
                && (publication.getStatus() == EventPublication.Status.FAILED || lastTouched(publication)
                        .isBefore(staleBefore)));
    }

    private static Instant lastTouched(EventPublication publication) {
        Instant resubmitted = publication.getLastResubmissionDate();
        return resubmitted != null ? resubmitted : publication.getPublicationDate();
    }
}
