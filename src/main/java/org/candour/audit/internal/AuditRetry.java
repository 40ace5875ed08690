package org.candour.audit.internal;

import org.candour.shared.audit.Audited;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits audit events whose recording failed (the database was busy or down) every
 * {@code candour.audit.retry-interval}. Only failed publications are resubmitted, never one whose attempt is still
 * running; publications left unfinished by a crash are resubmitted on restart. It looks at every incomplete
 * publication, not a batch of the oldest failures, so a backlog of other modules' events (the search index while
 * Elasticsearch is down) cannot hold audit entries back.
 */
@Component
class AuditRetry {

    private final IncompleteEventPublications incomplete;

    AuditRetry(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${candour.audit.retry-interval:PT30S}")
    void resubmitFailed() {
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof Audited
                && publication.getStatus() == EventPublication.Status.FAILED);
    }
}
