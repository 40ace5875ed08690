package org.candour.shared.outbox;

import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * When to resubmit an incomplete event publication: exponential back-off per publication after a failure (2 s for
 * the first retry, then 2 s, 4 s, 8 s, ... up to {@code maxBackoff}), and a publication whose attempt is still under
 * way (published, resubmitted or processing, not failed) left alone for {@code inFlightTimeout}, after which it is
 * taken for the leftover of a node that died. Each module that retries its own listeners uses this one rule.
 */
public final class OutboxBackoff {

    /** Leaves a publication alone while its first, asynchronous attempt may still be running. */
    public static final Duration FIRST_ATTEMPT_GRACE = Duration.ofSeconds(2);

    private OutboxBackoff() {
    }

    public static boolean isDue(EventPublication publication, Instant now, Duration maxBackoff,
                                Duration inFlightTimeout) {
        Instant lastTry = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate() : publication.getPublicationDate();
        EventPublication.Status status = publication.getStatus();
        Duration wait = status == null || status == EventPublication.Status.FAILED
                ? backoff(publication.getCompletionAttempts(), maxBackoff) : inFlightTimeout;
        return !now.isBefore(lastTry.plus(wait));
    }

    public static Duration backoff(int attempts, Duration maxBackoff) {
        if (attempts <= 1) {
            return FIRST_ATTEMPT_GRACE;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(attempts - 1, 16));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /**
     * Whether the publication is for a listener in {@code packagePrefix} (e.g. {@code "org.candour.search."}), so
     * each module resubmits only its own listeners' work, at its own pace.
     */
    public static boolean isForListenerIn(EventPublication publication, String packagePrefix) {
        return publication instanceof TargetEventPublication target
                && target.getTargetIdentifier().getValue().startsWith(packagePrefix);
    }
}
