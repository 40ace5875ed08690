package org.candour.disclosure.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the delivery sweep every hour by default ({@code candour.disclosure.delivery.sweep-cron}, London time; "-"
 * turns it off). Two nodes running it at once act once per copy: the marks are set by conditional updates.
 */
@Component
class ScheduledDeliverySweep {

    private static final Logger log = LoggerFactory.getLogger(ScheduledDeliverySweep.class);

    private final DeliverySweep sweep;

    ScheduledDeliverySweep(DeliverySweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(cron = "${candour.disclosure.delivery.sweep-cron:0 5 * * * *}", zone = "Europe/London")
    void run() {
        var result = sweep.run();
        if (result.warned() + result.erased() + result.failed() > 0) {
            log.info("Delivery sweep: {} warned, {} copies erased, {} failed", result.warned(), result.erased(),
                    result.failed());
        }
    }
}
