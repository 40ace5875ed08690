package org.candour.footage.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.candour.footage.FootageRetention;
import org.candour.footage.domain.RetentionRule;
import org.candour.shared.LondonTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Marks the London months whose footage figures a write changed, in the writer's transaction, so that
 * {@link MonthlyFootageSummary} recomputes them before the next release (see V22).
 */
final class ChangedMonths {

    private ChangedMonths() {
    }

    static YearMonth ofStart(Instant start) {
        return YearMonth.from(LondonTime.dateOf(start));
    }

    /** The month of start of a recording with this deletion date: the London date of start is 31 days before. */
    static YearMonth ofDeletionDate(LocalDate deletionDate) {
        return YearMonth.from(FootageRetention.recordedOn(deletionDate));
    }

    static void mark(JdbcTemplate jdbc, Collection<YearMonth> months) {
        if (!months.isEmpty()) {
            jdbc.batchUpdate("insert into footage_month_change (month_start) values (?)",
                    months.stream().distinct().map(month -> new Object[] {month.atDay(1)}).toList());
        }
    }

    static void markDeletionDates(JdbcTemplate jdbc, List<LocalDate> deletionDates) {
        mark(jdbc, deletionDates.stream().map(ChangedMonths::ofDeletionDate).toList());
    }
}
