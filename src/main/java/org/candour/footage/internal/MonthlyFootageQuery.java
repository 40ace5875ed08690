package org.candour.footage.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.candour.footage.MonthlyFootage;
import org.candour.footage.domain.RetentionRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per borough and London month of start, in one scan of the recording table. The London start date is not stored,
 * but {@code deletion_date} is that date plus 31 days for every recording (see V4), so the month comes from
 * {@code deletion_date - 31}: a plain date column, no time-zone conversion per row, and the same SQL on H2 and
 * PostgreSQL.
 */
@Component
public class MonthlyFootageQuery {

    private static final String SQL = "select borough_code, extract(year from deletion_date - "
            + RetentionRule.RETENTION_DAYS + ") as y, extract(month from deletion_date - "
            + RetentionRule.RETENTION_DAYS + ") as m, count(distinct camera_id), count(*), "
            + "coalesce(sum(cast(duration_seconds as bigint)), 0), "
            + "sum(case when evidential then 1 else 0 end), count(deleted_at_source), "
            + "sum(case when category = 'STOP_AND_SEARCH' then 1 else 0 end) "
            + "from recording where deletion_date between ? and ? group by borough_code, y, m";

    private final JdbcTemplate jdbc;

    MonthlyFootageQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<MonthlyFootage> byBoroughAndMonth(LocalDate from, LocalDate to) {
        return jdbc.query(SQL, (rs, row) -> new MonthlyFootage(rs.getString(1), YearMonth.of(rs.getInt(2),
                        rs.getInt(3)), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9)),
                from.plusDays(RetentionRule.RETENTION_DAYS), to.plusDays(RetentionRule.RETENTION_DAYS));
    }
}
