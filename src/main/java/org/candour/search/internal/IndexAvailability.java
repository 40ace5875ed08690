package org.candour.search.internal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether this node last found the index unreachable, and whether it has come back since: the moment it answers
 * again (a write succeeds, or the health check finds the cluster yellow or green), every update waiting in the
 * outbox is due for {@link IndexCatchUp} at once, rather than each on its own back-off of up to five minutes.
 */
@Component
class IndexAvailability {

    private static final Logger log = LoggerFactory.getLogger(IndexAvailability.class);

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicBoolean catchUpDue = new AtomicBoolean();
    private final AtomicLong failedWrites = new AtomicLong();

    /** Whether {@code failure} of a write means the index is unreachable (not a problem of one document). */
    static boolean isOutage(Throwable failure) {
        return failure instanceof IOException
                || failure instanceof ElasticsearchException e && (e.status() >= 500 || e.status() == 429);
    }

    void writeFailed(Throwable failure) {
        if (!isOutage(failure)) {
            return;
        }
        failedWrites.incrementAndGet();
        if (down.compareAndSet(false, true)) {
            log.warn("The search index cannot be reached ({}); updates wait in the outbox until it answers again",
                    failure.getMessage());
        }
    }

    /** A write succeeded, or the health check found the cluster usable. */
    void answered() {
        if (down.compareAndSet(true, false)) {
            log.info("The search index answers again after {} failed writes; catching up", failedWrites.get());
            failedWrites.set(0);
            catchUpDue.set(true);
        }
    }

    boolean isDown() {
        return down.get();
    }

    /** True once after the index came back: the caller then catches up. */
    boolean takeCatchUp() {
        return catchUpDue.getAndSet(false);
    }

    /** The catch-up itself failed: the index is still (or again) away, and it is tried when it returns. */
    void catchUpFailed(Throwable failure) {
        down.set(true);
        log.warn("Catching up the search index failed ({}); tried again when it answers", failure.getMessage());
    }
}
