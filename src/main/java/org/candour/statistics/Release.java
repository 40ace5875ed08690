package org.candour.statistics;

import static java.util.stream.Collectors.groupingBy;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A release with all its published rows, in order of month, level and name. Immutable. The pages read it many times
 * per view (a borough page looks up hundreds of cells), so its lookups are indexed once, not scanned each time.
 */
public final class Release {

    private final ReleaseSummary summary;
    private final List<StatisticsRow> rows;
    private final List<YearMonth> months;
    private final Map<Level, List<StatisticsRow>> byLevel;
    /** Each area's row of each month. */
    private final Map<Area, Map<YearMonth, StatisticsRow>> byArea;

    private record Area(Level level, String code) {
    }

    public Release(ReleaseSummary summary, List<StatisticsRow> rows) {
        this.summary = Objects.requireNonNull(summary);
        this.rows = List.copyOf(rows);
        this.months = this.rows.stream().map(StatisticsRow::month).distinct().sorted().toList();
        this.byLevel = this.rows.stream().collect(groupingBy(StatisticsRow::level, Collectors.toUnmodifiableList()));
        this.byArea = new HashMap<>();
        for (StatisticsRow row : this.rows) {
            byArea.computeIfAbsent(new Area(row.level(), row.code()), a -> new HashMap<>())
                    .putIfAbsent(row.month(), row);
        }
    }

    public ReleaseSummary summary() {
        return summary;
    }

    public List<StatisticsRow> rows() {
        return rows;
    }

    public int version() {
        return summary.version();
    }

    public List<YearMonth> months() {
        return months;
    }

    public List<StatisticsRow> rows(Level level) {
        return byLevel.getOrDefault(level, List.of());
    }

    public List<StatisticsRow> rows(Level level, YearMonth month) {
        return rows(level).stream().filter(row -> row.month().equals(month)).toList();
    }

    public Optional<StatisticsRow> row(Level level, String code, YearMonth month) {
        return Optional.ofNullable(byArea.getOrDefault(new Area(level, code), Map.of()).get(month));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Release release && summary.equals(release.summary) && rows.equals(release.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(summary, rows);
    }

    @Override
    public String toString() {
        return "Release[version=" + version() + ", rows=" + rows.size() + "]";
    }
}
