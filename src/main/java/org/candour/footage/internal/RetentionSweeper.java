package org.candour.footage.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.candour.footage.DeletionCount;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 31-day rule applied to the whole catalogue in one set-based statement. Evidential recordings and recordings
 * with a hold in place ({@code hold_count > 0}) never match. Holds change {@code hold_count} on the recording row
 * itself, so a hold committed while a sweep runs is seen when the database re-checks a row it has to wait for.
 */
public final class RetentionSweeper {

    private static final String SWEEP = "update recording set deleted_at_source = ? "
            + "where deleted_at_source is null and deletion_date <= ? and evidential = false and hold_count = 0";

    private static final String DELETIONS = "select borough_code, extract(year from deleted_at_source) as y, "
            + "extract(month from deleted_at_source) as m, count(*) from recording "
            + "where deleted_at_source between ? and ? group by borough_code, y, m order by y, m, borough_code";

    private final JdbcTemplate jdbc;

    public RetentionSweeper(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks every recording due on {@code today} as deleted at source that day, and the months those recordings
     * started in as changed (V22); returns how many. A second sweep the same day marks those months again: harmless.
     */
    public int sweep(LocalDate today) {
        int swept = jdbc.update(SWEEP, today, today);
        if (swept > 0) {
            ChangedMonths.markDeletionDates(jdbc, jdbc.queryForList("select distinct deletion_date from recording "
                    + "where deleted_at_source = ?", LocalDate.class, today));
        }
        return swept;
    }

    public List<DeletionCount> deletionsByBoroughAndMonth(YearMonth from, YearMonth to) {
        return jdbc.query(DELETIONS, (rs, row) -> new DeletionCount(rs.getString(1),
                YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getLong(4)), from.atDay(1), to.atEndOfMonth());
    }
}
