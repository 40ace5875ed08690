package org.candour.statistics;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** A release with all its published rows, in order of month, level and name. Immutable. */
public record Release(ReleaseSummary summary, List<StatisticsRow> rows) {

    public Release {
        rows = List.copyOf(rows);
    }

    public int version() {
        return summary.version();
    }

    public List<YearMonth> months() {
        return rows.stream().map(StatisticsRow::month).distinct().sorted().toList();
    }

    public List<StatisticsRow> rows(Level level) {
        return rows.stream().filter(row -> row.level() == level).toList();
    }

    public List<StatisticsRow> rows(Level level, YearMonth month) {
        return rows.stream().filter(row -> row.level() == level && row.month().equals(month)).toList();
    }

    /** The rows of one area over the months, oldest first. */
    public List<StatisticsRow> series(Level level, String code) {
        return rows.stream().filter(row -> row.level() == level && row.code().equals(code)).toList();
    }

    public Optional<StatisticsRow> row(Level level, String code, YearMonth month) {
        return rows.stream().filter(row -> row.level() == level && row.code().equals(code)
                && row.month().equals(month)).findFirst();
    }
}
