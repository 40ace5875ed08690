package org.candour.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.candour.requests.RequestEvent;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits request events whose indexing failed, with exponential back-off per publication (1 s, 2 s, 4 s, ...
 * up to 5 minutes), so a node that comes back is caught up without hammering one that is still down.
 */
@Component
class IndexRetry {

    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** Leaves a publication alone while its first, asynchronous attempt may still be running. */
    static final Duration FIRST_ATTEMPT_GRACE = Duration.ofSeconds(2);

    private final IncompleteEventPublications incomplete;
    private final Clock clock;

    IndexRetry(IncompleteEventPublications incomplete, Clock clock) {
        this.incomplete = incomplete;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${candour.search.retry-interval:PT2S}")
    void resubmitDue() {
        Instant now = clock.instant();
        incomplete.resubmitIncompletePublications(publication ->
                publication.getEvent() instanceof RequestEvent && isDue(publication, now));
    }

    static boolean isDue(EventPublication publication, Instant now) {
        Instant lastTry = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate() : publication.getPublicationDate();
        return !now.isBefore(lastTry.plus(backoff(publication.getCompletionAttempts())));
    }

    static Duration backoff(int attempts) {
        if (attempts <= 1) {
            return FIRST_ATTEMPT_GRACE;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(attempts - 1, 16));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
