package org.candour.statistics;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.candour.shared.LondonTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * The release calendar: the scheduled releases still to come, announced in advance (Code of Practice for Statistics,
 * pre-announcement). Worked out from the very schedule that publishes them, {@code candour.statistics.release-cron}
 * in London time, so the calendar can never promise a date the portal will not keep: a table of dates would be a
 * second truth to keep in step with the schedule. Releases an administrator publishes (corrections) are not
 * scheduled and so not announced; they appear in the feed of published releases.
 */
@Service
public class ReleaseCalendar {

    private final Clock clock;
    private final String cron;
    private final int months;

    public ReleaseCalendar(Clock clock, @Value("${candour.statistics.release-cron:0 0 6 1 * *}") String cron,
                           @Value("${candour.statistics.months:36}") int months) {
        this.clock = clock;
        this.cron = cron;
        this.months = months;
    }

    /** Whether releases are published on a schedule at all ("-" turns it off). */
    public boolean scheduled() {
        return !ScheduledTaskRegistrar.CRON_DISABLED.equals(cron);
    }

    /** The next {@code count} scheduled releases, soonest first; none when the schedule is off. */
    public List<UpcomingRelease> upcoming(int count) {
        if (!scheduled()) {
            return List.of();
        }
        var expression = CronExpression.parse(cron);
        var upcoming = new ArrayList<UpcomingRelease>(count);
        ZonedDateTime after = ZonedDateTime.now(clock.withZone(LondonTime.ZONE));
        for (int i = 0; i < count; i++) {
            ZonedDateTime next = expression.next(after);
            if (next == null) {
                break;
            }
            var to = next.toLocalDate();
            upcoming.add(new UpcomingRelease(next.toInstant(), StatisticsReleases.periodStart(to, months), to));
            after = next;
        }
        return List.copyOf(upcoming);
    }
}
