package org.candour.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.candour.statistics.ReleaseCalendar;
import org.candour.statistics.StatisticsReleases;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The release calendar page with the monthly schedule on (the browser journey runs with it off): it announces the
 * next twelve releases in London time with the period each will cover. Same context as {@code ReleaseFeedsIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "candour.statistics.release-cron=0 0 6 1 * *")
@Import(ClockTestConfiguration.class)
class ReleaseCalendarViewIT {

    @Autowired
    MutableClock clock;
    @Autowired
    ReleaseCalendar calendar;
    @Autowired
    StatisticsReleases releases;

    @Test
    void theCalendarPageAnnouncesTheNextTwelveReleases() {
        clock.set(Instant.parse("2026-11-26T10:00:00Z"));

        var view = new ReleaseCalendarView(calendar, releases);

        String table = view.getChildren().flatMap(c -> c.getChildren()).filter(c -> c.getId().orElse("")
                .equals("upcoming-releases")).findFirst().orElseThrow().getElement().getProperty("innerHTML");
        assertThat(table).contains("The next 12 scheduled releases (London time)",
                "<td>Tuesday 1 December 2026</td><td>6:00am</td><td>1 January 2024 to 1 December 2026</td>",
                "<td>Thursday 1 April 2027</td><td>6:00am</td>");
    }
}
