package org.candour.audit.internal;

import java.time.Duration;
import org.candour.shared.audit.Audited;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits audit events whose recording failed (the database was busy or down), once they are older than
 * {@code candour.audit.retry-min-age}, so that an attempt still running is left alone. Restarts also resubmit them.
 */
@Component
class AuditRetry {

    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    AuditRetry(IncompleteEventPublications incomplete,
               @Value("${candour.audit.retry-min-age:PT30S}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${candour.audit.retry-interval:PT30S}")
    void resubmitFailed() {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(minAge)
                .withFilter(publication -> publication.getEvent() instanceof Audited));
    }
}
