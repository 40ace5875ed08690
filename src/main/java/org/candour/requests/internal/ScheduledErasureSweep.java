package org.candour.requests.internal;

import org.candour.requests.PersonalDataErasure;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the erasure of personal data daily (London time; {@code candour.requests.retention.sweep-cron}, "-" turns it
 * off). Two nodes running it at once erase each request once: the loser of a race fails on the request's version,
 * reports it as failed, and finds it erased the next day.
 */
@Component
class ScheduledErasureSweep {

    private final PersonalDataErasure erasure;

    ScheduledErasureSweep(PersonalDataErasure erasure) {
        this.erasure = erasure;
    }

    @Scheduled(cron = "${candour.requests.retention.sweep-cron:0 45 2 * * *}", zone = "Europe/London")
    void sweep() {
        erasure.sweep();
    }
}
