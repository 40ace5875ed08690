package org.candour.audit.internal;

import org.candour.shared.audit.Audited;
import org.candour.shared.outbox.OutboxLease;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits audit events whose recording failed (the database was busy or down) every
 * {@code candour.audit.retry-interval}. Only failed publications are resubmitted, never one whose attempt is still
 * running; a publication left unfinished by a node that died is marked failed by Modulith's staleness monitor
 * ({@code spring.modulith.events.staleness.*}) and so retried too. Of several portal nodes only the one holding the
 * {@link OutboxLease} resubmits. It looks at every incomplete
 * publication, not a batch of the oldest failures, so a backlog of other modules' events (the search index while
 * Elasticsearch is down) cannot hold audit entries back.
 */
@Component
class AuditRetry {

    private final IncompleteEventPublications incomplete;
    private final OutboxLease lease;

    AuditRetry(IncompleteEventPublications incomplete, OutboxLease lease) {
        this.incomplete = incomplete;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${candour.audit.retry-interval:PT30S}")
    void resubmitFailed() {
        if (!lease.tryHold()) {
            return;
        }
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof Audited
                && publication.getStatus() == EventPublication.Status.FAILED);
    }
}
