package org.candour.footage.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.candour.footage.FootageRetention;
import org.candour.footage.MonthlyFootage;
import org.candour.footage.domain.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The footage figures computed live: per borough and London month of start, in one scan of the recording table.
 * The reference the monthly summary is tested against, and the live baseline of the statistics benchmark.
 * The London start date is not stored, but {@code deletion_date} is that date plus 31 days for every recording
 * (see V4), so the month comes from {@code deletion_date - 31}: a plain date column, no time-zone conversion per
 * row, and the same SQL on H2 and PostgreSQL.
 */
public class MonthlyFootageQuery {

    // Grouped by year and month first: the group keys then mostly differ in a number, compared faster than codes.
    // sum(integer) is a bigint on H2 and PostgreSQL; count(case ...) avoids a numeric sum per row.
    private static final String SQL = "select extract(year from deletion_date - " + FootageRetention.RETENTION_DAYS
            + ") as y, extract(month from deletion_date - " + FootageRetention.RETENTION_DAYS + ") as m, borough_code, "
            + "count(distinct camera_id), count(*), coalesce(sum(duration_seconds), 0), "
            + "count(case when evidential then 1 end), count(deleted_at_source), "
            + "count(case when category = 'STOP_AND_SEARCH' then 1 end) "
            + "from recording where deletion_date between ? and ? group by y, m, borough_code";

    private final JdbcTemplate jdbc;

    public MonthlyFootageQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<MonthlyFootage> byBoroughAndMonth(LocalDate from, LocalDate to) {
        return jdbc.query(SQL, (rs, row) -> new MonthlyFootage(rs.getString(3), YearMonth.of(rs.getInt(1),
                        rs.getInt(2)), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9)),
                from.plusDays(FootageRetention.RETENTION_DAYS), to.plusDays(FootageRetention.RETENTION_DAYS));
    }
}
