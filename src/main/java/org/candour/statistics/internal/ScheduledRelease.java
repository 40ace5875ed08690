package org.candour.statistics.internal;

import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsReleases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes a release on the schedule {@code candour.statistics.release-cron} (London time; "-" turns it off). */
@Component
class ScheduledRelease {

    private final StatisticsReleases releases;

    ScheduledRelease(StatisticsReleases releases) {
        this.releases = releases;
    }

    @Scheduled(cron = "${candour.statistics.release-cron:0 0 6 1 * *}", zone = "Europe/London")
    void publish() {
        releases.publish("Scheduled monthly release.", ReleaseSummary.Trigger.SCHEDULE);
    }
}
