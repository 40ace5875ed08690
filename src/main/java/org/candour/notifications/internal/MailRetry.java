package org.candour.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import org.candour.shared.outbox.OutboxBackoff;
import org.candour.shared.outbox.OutboxLease;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits the events whose email could not be sent (the SMTP server down or refusing), with exponential back-off
 * per publication ({@link OutboxBackoff}, up to {@code candour.mail.max-backoff}), only this module's listeners, and
 * only on the node holding the {@link OutboxLease}. A resubmitted event whose message was sent meanwhile sends
 * nothing ({@link SentMessages}).
 */
@Component
class MailRetry {

    private static final String MAIL_LISTENERS = "org.candour.notifications.";

    private final IncompleteEventPublications incomplete;
    private final OutboxLease lease;
    private final Clock clock;
    private final Duration maxBackoff;
    private final Duration inFlightTimeout;

    MailRetry(IncompleteEventPublications incomplete, OutboxLease lease, Clock clock,
              @Value("${candour.mail.max-backoff:PT5M}") Duration maxBackoff,
              @Value("${candour.mail.in-flight-timeout:PT1M}") Duration inFlightTimeout) {
        this.incomplete = incomplete;
        this.lease = lease;
        this.clock = clock;
        this.maxBackoff = maxBackoff;
        this.inFlightTimeout = inFlightTimeout;
    }

    @Scheduled(fixedDelayString = "${candour.mail.retry-interval:PT5S}")
    void resubmitDue() {
        if (!lease.tryHold()) {
            return;
        }
        var now = clock.instant();
        incomplete.resubmitIncompletePublications(publication ->
                OutboxBackoff.isForListenerIn(publication, MAIL_LISTENERS)
                        && OutboxBackoff.isDue(publication, now, maxBackoff, inFlightTimeout));
    }
}
