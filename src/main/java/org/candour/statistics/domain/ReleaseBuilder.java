package org.candour.statistics.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.candour.footage.MonthlyFootage;
import org.candour.requests.AnsweredRequestFact;
import org.candour.statistics.Cell;
import org.candour.statistics.Cell.Flag;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.StatisticsRow;
import org.jspecify.annotations.Nullable;

/**
 * Turns the raw monthly figures of the footage catalogue and the requests into the rows of a release: boroughs,
 * BCUs (sums of their boroughs) and London (sum of the BCUs), with disclosure control applied to all the counts
 * of a month at once ({@link MonthTable}). Requests count in the month they were received; recordings in the London
 * month they started. The league table's 12-month measures of a month pool the answers to requests received in that
 * month and the 11 before it, so the requests of the 11 months before the period are read too, for them only.
 */
public final class ReleaseBuilder {

    private static final Map<String, Measure> REFUSALS = Map.of("s.45(4)(a)", Measure.REFUSED_45_4_A,
            "s.45(4)(b)", Measure.REFUSED_45_4_B, "s.45(4)(c)", Measure.REFUSED_45_4_C,
            "s.45(4)(d)", Measure.REFUSED_45_4_D, "s.45(4)(e)", Measure.REFUSED_45_4_E);

    private final Areas areas = Areas.met();
    private final List<YearMonth> months = new ArrayList<>();
    private final Map<YearMonth, RawFigures[]> figures = new HashMap<>();
    private final LocalDate from;
    private final LocalDate to;

    /** How many months the league table's measures pool: the month and the 11 before it. */
    public static final int TWELVE_MONTHS = 12;

    public ReleaseBuilder(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        for (var m = YearMonth.from(from).minusMonths(TWELVE_MONTHS - 1); !m.isAfter(YearMonth.from(to));
             m = m.plusMonths(1)) {
            if (!m.isBefore(YearMonth.from(from))) {
                months.add(m);
            }
            RawFigures[] cells = new RawFigures[areas.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = new RawFigures();
            }
            figures.put(m, cells);
        }
    }

    /** The first day whose requests a release of {@code from} reads: 11 months earlier, for the 12-month measures. */
    public static LocalDate requestsFrom(LocalDate from) {
        return YearMonth.from(from).minusMonths(TWELVE_MONTHS - 1).atDay(1);
    }

    public ReleaseBuilder footage(List<MonthlyFootage> monthly) {
        for (MonthlyFootage f : monthly) {
            RawFigures raw = borough(f.boroughCode(), f.month());
            if (raw != null) {
                raw.add(Measure.CAMERAS_DEPLOYED, f.cameras());
                raw.add(Measure.RECORDINGS, f.recordings());
                raw.add(Measure.DELETED_AT_31_DAYS, f.deletedAtSource());
                raw.add(Measure.STOP_AND_SEARCH_RECORDINGS, f.stopAndSearch());
                raw.secondsRecorded += f.secondsRecorded();
                raw.evidential += f.evidential();
            }
        }
        return this;
    }

    public ReleaseBuilder requests(List<AnsweredRequestFact> facts) {
        for (AnsweredRequestFact fact : facts) {
            if (!counts(fact.receivedOn())) {
                continue;
            }
            RawFigures raw = borough(fact.boroughCode(), YearMonth.from(fact.receivedOn()));
            if (raw == null) {
                continue;
            }
            raw.add(Measure.REQUESTS_RECEIVED, 1);
            if (fact.footageDeletedBeforeRequest()) {
                raw.add(Measure.DELETED_BEFORE_PRESERVED, 1);
            }
            if (fact.outcome() == null || fact.answeredOn() == null) {
                continue;
            }
            switch (fact.outcome()) {
                case DISCLOSED -> raw.add(Measure.DISCLOSED, 1);
                case PARTIALLY_DISCLOSED -> raw.add(Measure.PARTLY_DISCLOSED, 1);
                case NO_FOOTAGE_HELD -> raw.add(Measure.NO_FOOTAGE_HELD, 1);
                case REFUSED -> {
                    @Nullable Measure ground = fact.restrictionSection() == null ? null
                            : REFUSALS.get(fact.restrictionSection());
                    if (ground != null) {
                        raw.add(ground, 1);
                    }
                }
            }
            raw.answered(ChronoUnit.DAYS.between(fact.receivedOn(), fact.answeredOn()),
                    fact.dueOn() != null && !fact.answeredOn().isAfter(fact.dueOn()));
        }
        return this;
    }

    /**
     * Requests received in the period count; so do those of the 11 whole months before it, for the 12-month measures
     * only (their months are not published).
     */
    private boolean counts(LocalDate receivedOn) {
        return !receivedOn.isAfter(to) && (!receivedOn.isBefore(from)
                || !receivedOn.isBefore(requestsFrom(from)) && YearMonth.from(receivedOn).isBefore(YearMonth.from(from)));
    }

    private @Nullable RawFigures borough(String code, YearMonth month) {
        RawFigures[] cells = figures.get(month);
        int index = areas.indexOf(Level.BOROUGH, code);
        return cells == null || index < 0 ? null : cells[index];
    }

    public List<StatisticsRow> build() {
        figures.values().forEach(this::totals);
        var rows = new ArrayList<StatisticsRow>();
        for (YearMonth month : months) {
            RawFigures[] cells = figures.get(month);
            List<Map<Measure, Cell>> published = protect(cells);
            RawFigures[] pooled = twelveMonths(month);
            for (int i = 0; i < areas.size(); i++) {
                published.get(i).putAll(answers(pooled[i], Measure.MEDIAN_DAYS_TO_ANSWER_12_MONTHS,
                        Measure.ANSWERED_IN_TIME_SHARE_12_MONTHS));
            }
            for (int i = 0; i < areas.size(); i++) {
                var area = areas.get(i);
                rows.add(new StatisticsRow(area.level(), area.code(), area.name(),
                        area.level() == Level.LONDON ? null : area.bcu(), month, published.get(i)));
            }
        }
        return rows;
    }

    private void totals(RawFigures[] cells) {
        for (SumRule rule : areas.rules()) {
            for (int part : rule.parts()) {
                cells[rule.total()].addAll(cells[part]);
            }
        }
    }

    private List<Map<Measure, Cell>> protect(RawFigures[] cells) {
        var published = new ArrayList<Map<Measure, Cell>>();
        for (int i = 0; i < cells.length; i++) {
            published.add(new EnumMap<>(Measure.class));
        }
        long[] counts = new long[MonthTable.size(areas)];
        for (Measure measure : MonthTable.COUNTS) {
            for (int i = 0; i < cells.length; i++) {
                counts[MonthTable.index(areas, measure, i)] = cells[i].count(measure);
            }
        }
        Flag[] flags = DisclosureControl.protect(counts, MonthTable.rules(areas));
        for (Measure measure : MonthTable.COUNTS) {
            for (int i = 0; i < cells.length; i++) {
                int k = MonthTable.index(areas, measure, i);
                published.get(i).put(measure, flags[k] == Flag.PUBLISHED ? Cell.of(counts[k])
                        : Cell.withheld(flags[k]));
            }
        }
        for (int i = 0; i < cells.length; i++) {
            RawFigures raw = cells[i];
            Map<Measure, Cell> row = published.get(i);
            boolean recordingsShown = row.get(Measure.RECORDINGS).isPublished();
            row.put(Measure.HOURS_RECORDED, recordingsShown ? Cell.of(round(raw.secondsRecorded / 3600.0))
                    : Cell.withheld(Flag.SECONDARY));
            row.put(Measure.EVIDENTIAL_SHARE, recordingsShown ? share(raw.evidential, raw.count(Measure.RECORDINGS))
                    : Cell.withheld(Flag.LOW_BASE));
            row.putAll(answers(raw, Measure.MEDIAN_DAYS_TO_ANSWER, Measure.ANSWERED_IN_TIME_SHARE));
        }
        return published;
    }

    /** Each area's answers to the requests received in the 12 months to {@code month}, pooled. */
    private RawFigures[] twelveMonths(YearMonth month) {
        RawFigures[] pooled = new RawFigures[areas.size()];
        for (int i = 0; i < pooled.length; i++) {
            pooled[i] = new RawFigures();
            for (int back = 0; back < TWELVE_MONTHS; back++) {
                RawFigures[] cells = figures.get(month.minusMonths(back));
                if (cells != null) {
                    pooled[i].addAll(cells[i]);
                }
            }
        }
        return pooled;
    }

    /** The median days to answer and the share answered in time, each over a base of at least 10 answers. */
    private static Map<Measure, Cell> answers(RawFigures raw, Measure median, Measure inTime) {
        boolean enoughAnswers = raw.answered() >= DisclosureControl.THRESHOLD;
        return Map.of(median, enoughAnswers ? Cell.of(round(raw.medianDaysToAnswer())) : Cell.withheld(Flag.LOW_BASE),
                inTime, share(raw.answeredInTime, raw.answered()));
    }

    /**
     * A share in per cent, published only when neither its numerator nor its complement is a small count: beside a
     * published base, 3.0% of 100 is the count 3, and 97.0% the count 3 the other way.
     */
    static Cell share(long numerator, long base) {
        boolean small = DisclosureControl.isSmall(numerator) || DisclosureControl.isSmall(base - numerator);
        return base < DisclosureControl.THRESHOLD || small ? Cell.withheld(Flag.LOW_BASE)
                : Cell.of(round(100.0 * numerator / base));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
