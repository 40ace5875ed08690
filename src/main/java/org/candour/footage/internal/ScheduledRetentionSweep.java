package org.candour.footage.internal;

import org.candour.footage.RetentionService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention sweep daily (London time; {@code candour.footage.retention.sweep-cron}, "-" turns it off).
 * Safe on several nodes at once: the sweep is one idempotent statement.
 */
@Component
class ScheduledRetentionSweep {

    private final RetentionService retention;

    ScheduledRetentionSweep(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${candour.footage.retention.sweep-cron:0 15 2 * * *}", zone = "Europe/London")
    void sweep() {
        retention.sweep();
    }
}
