package org.candour.shared.uploads;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At start-up and then every hour ({@code candour.uploads.sweep-interval}), deletes temporary uploads older than a
 * day: a node stopped while sessions held uploads leaves them behind, and no session will ask for them again.
 */
@Component
class TemporaryUploadSweep {

    static final Duration ORPHANED_AFTER = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(TemporaryUploadSweep.class);

    private final TemporaryUploads uploads;

    TemporaryUploadSweep(TemporaryUploads uploads) {
        this.uploads = uploads;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${candour.uploads.sweep-interval:PT1H}")
    void sweep() {
        int deleted = uploads.sweepOlderThan(ORPHANED_AFTER);
        if (deleted > 0) {
            log.info("Deleted {} orphaned temporary uploads older than a day", deleted);
        }
    }
}
