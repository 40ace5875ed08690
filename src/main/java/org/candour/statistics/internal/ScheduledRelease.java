package org.candour.statistics.internal;

import org.candour.shared.outbox.OutboxLease;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsReleases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes a release on the schedule {@code candour.statistics.release-cron} (London time; "-" turns it off). With
 * several portal nodes on one database only the holder of the outbox lease publishes, so a month gets one release.
 */
@Component
class ScheduledRelease {

    private final StatisticsReleases releases;
    private final OutboxLease lease;

    ScheduledRelease(StatisticsReleases releases, OutboxLease lease) {
        this.releases = releases;
        this.lease = lease;
    }

    @Scheduled(cron = "${candour.statistics.release-cron:0 0 6 1 * *}", zone = "Europe/London")
    void publish() {
        if (lease.tryHold()) {
            releases.publish("Scheduled monthly release.", ReleaseSummary.Trigger.SCHEDULE);
        }
    }
}
