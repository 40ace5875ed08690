package org.candour.statistics.internal;

import org.candour.requests.DemoHistoryGenerated;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsReleases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The local demo's releases (profile {@code demo}). With a generated history (the default), the first release is
 * published once the history has been generated in the background, so no release of an almost empty portal (all
 * zeros) is ever listed; until then the statistics pages say no release is published yet. With the history turned
 * off, a first release of the demo requests is published once the portal is ready, so the pages are not empty.
 */
@Component
@Profile("demo")
class DemoRelease {

    private final StatisticsReleases releases;
    private final boolean historyGenerated;

    DemoRelease(StatisticsReleases releases,
                @Value("${candour.demo.history.requests-per-month:120}") int historyPerMonth,
                @Value("${candour.demo.history.years:3}") int historyYears) {
        this.releases = releases;
        this.historyGenerated = historyPerMonth > 0 && historyYears > 0;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishFirstRelease() {
        if (!historyGenerated && releases.list().isEmpty()) {
            releases.publish("First release, from the demo data.", ReleaseSummary.Trigger.DEMO);
        }
    }

    @EventListener
    void publishHistory(DemoHistoryGenerated history) {
        releases.publish("Release of the demo's generated history: " + history.requests() + " requests.",
                ReleaseSummary.Trigger.DEMO);
    }
}
