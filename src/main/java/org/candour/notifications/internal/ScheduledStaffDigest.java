package org.candour.notifications.internal;

import org.candour.notifications.StaffDigest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the staff digest on working-day mornings (London time; {@code candour.notifications.digest-cron}, "-" turns
 * it off). Several nodes may run it: each person still gets one email a day ({@link DigestMail}).
 */
@Component
class ScheduledStaffDigest {

    private final StaffDigest digest;

    ScheduledStaffDigest(StaffDigest digest) {
        this.digest = digest;
    }

    @Scheduled(cron = "${candour.notifications.digest-cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
    void send() {
        digest.sendToAll();
    }
}
