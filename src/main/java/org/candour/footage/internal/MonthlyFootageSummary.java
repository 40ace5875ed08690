package org.candour.footage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.candour.footage.MonthlyFootage;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.LondonTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Footage figures per borough and London month of start, read from {@code footage_month} (V22) after the months
 * marked as changed have been recomputed from {@code recording}. Only whole months come from the summary: a month
 * the period covers in part (the current one, up to today) is computed from its recordings, so the figures are
 * exactly those of the period, whatever the recordings' dates.
 * <p>
 * A month is computed through an index on its start ({@code recording_borough_start} on H2, {@code recording_start}
 * on PostgreSQL), so the cost is that month's recordings, not the catalogue's. Must run inside the caller's
 * transaction, which is what keeps the summary and the marks consistent: marks are read first and only the marks
 * read are removed, so a mark committed by an import meanwhile stays for the next time, and every mark read belongs
 * to a write already committed, hence visible to the recomputation.
 */
@Component
public class MonthlyFootageSummary {

    private static final String FIGURES = "count(distinct r.camera_id), count(*), "
            + "coalesce(sum(r.duration_seconds), 0), count(case when r.evidential then 1 end), "
            + "count(r.deleted_at_source), "
            + "count(case when r.category = 'STOP_AND_SEARCH' then 1 end)";
    // On H2, one index range of recording_borough_start per borough: a join with the codes, not "in (...)", which H2
    // would not combine with the range on start_at. PostgreSQL reads the month's range of recording_start (V59) once.
    private static final String MONTH = FIGURES + " from unnest(?) as b(code) join recording r "
            + "on r.borough_code = b.code and r.start_at >= ? and r.start_at < ? group by b.code";
    private static final String COLUMNS = "borough_code, month_start, cameras, recordings, seconds_recorded, "
            + "evidential, deleted_at_source, stop_and_search";

    private final JdbcTemplate jdbc;
    private final String[] boroughCodes = Boroughs.all().stream().map(Borough::gssCode).toArray(String[]::new);

    MonthlyFootageSummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Recordings that started (London dates) from {@code from} to {@code to}, both included. */
    public List<MonthlyFootage> byBoroughAndMonth(LocalDate from, LocalDate to) {
        refreshChangedMonths();
        var figures = new ArrayList<MonthlyFootage>();
        YearMonth firstWhole = null;
        YearMonth lastWhole = null;
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate start = from.isAfter(month.atDay(1)) ? from : month.atDay(1);
            LocalDate end = to.isBefore(month.atEndOfMonth()) ? to : month.atEndOfMonth();
            if (start.equals(month.atDay(1)) && end.equals(month.atEndOfMonth())) {
                firstWhole = firstWhole == null ? month : firstWhole;
                lastWhole = month;
            } else {
                figures.addAll(compute(start, end));
            }
        }
        if (firstWhole != null) {
            figures.addAll(jdbc.query("select " + COLUMNS + " from footage_month where month_start between ? and ?",
                    MonthlyFootageSummary::summaryRow, firstWhole.atDay(1), lastWhole.atDay(1)));
        }
        return figures;
    }

    /** Recomputes every month marked as changed; returns how many months that was. */
    public int refreshChangedMonths() {
        record Mark(long id, LocalDate month) {
        }
        List<Mark> marks = jdbc.query("select id, month_start from footage_month_change",
                (rs, row) -> new Mark(rs.getLong(1), rs.getObject(2, LocalDate.class)));
        if (marks.isEmpty()) {
            return 0;
        }
        var months = new TreeSet<LocalDate>();
        marks.forEach(mark -> months.add(mark.month()));
        for (LocalDate month : months) {
            jdbc.update("delete from footage_month where month_start = ?", month);
            jdbc.update("insert into footage_month (" + COLUMNS + ") select b.code, cast(? as date), " + MONTH, ps -> {
                ps.setObject(1, month);
                bindMonth(ps, 2, month, month.plusMonths(1));
            });
        }
        Long[] ids = marks.stream().map(Mark::id).toArray(Long[]::new);
        jdbc.update("delete from footage_month_change where id = any (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)));
        return months.size();
    }

    private List<MonthlyFootage> compute(LocalDate from, LocalDate to) {
        YearMonth month = YearMonth.from(from);
        return jdbc.query("select b.code, " + MONTH, ps -> bindMonth(ps, 1, from, to.plusDays(1)),
                (rs, row) -> new MonthlyFootage(rs.getString(1), month, rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)));
    }

    private static MonthlyFootage summaryRow(ResultSet rs, int row) throws SQLException {
        return new MonthlyFootage(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8));
    }

    /** The borough codes and the start instants of London days {@code from} (included) to {@code until}. */
    private void bindMonth(PreparedStatement ps, int index, LocalDate from, LocalDate until) throws SQLException {
        ps.setArray(index, ps.getConnection().createArrayOf("varchar", boroughCodes));
        ps.setObject(index + 1, from.atStartOfDay(LondonTime.ZONE).toOffsetDateTime());
        ps.setObject(index + 2, until.atStartOfDay(LondonTime.ZONE).toOffsetDateTime());
    }
}
