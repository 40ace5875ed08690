package org.candour.statistics.internal;

import org.candour.requests.DemoHistoryGenerated;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsReleases;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The local demo (profile {@code demo}) publishes a first release once the demo footage and requests are in (the
 * application is ready only after every start-up runner has finished), so the statistics pages and the API are
 * never empty on a fresh machine; and another once the demo's history of requests has been generated in the
 * background, so the pages and the league table show it.
 */
@Component
@Profile("demo")
class DemoRelease {

    private final StatisticsReleases releases;

    DemoRelease(StatisticsReleases releases) {
        this.releases = releases;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishFirstRelease() {
        if (releases.list().isEmpty()) {
            releases.publish("First release, from the demo data.", ReleaseSummary.Trigger.DEMO);
        }
    }

    @EventListener
    void publishHistory(DemoHistoryGenerated history) {
        releases.publish("Release of the demo's generated history: " + history.requests() + " requests.",
                ReleaseSummary.Trigger.DEMO);
    }
}
