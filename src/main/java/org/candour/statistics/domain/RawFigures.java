package org.candour.statistics.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.candour.statistics.Measure;

/**
 * The unprotected figures of one area and month while a release is built. They live only in memory: a release
 * stores and publishes what disclosure control leaves of them.
 */
final class RawFigures {

    private final Map<Measure, Long> counts = new EnumMap<>(Measure.class);
    private final List<Long> daysToAnswer = new ArrayList<>();
    long secondsRecorded;
    long evidential;
    long answeredInTime;

    void add(Measure measure, long amount) {
        counts.merge(measure, amount, Long::sum);
    }

    long count(Measure measure) {
        return counts.getOrDefault(measure, 0L);
    }

    void answered(long days, boolean inTime) {
        daysToAnswer.add(days);
        if (inTime) {
            answeredInTime++;
        }
    }

    long answered() {
        return daysToAnswer.size();
    }

    double medianDaysToAnswer() {
        var sorted = daysToAnswer.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    void addAll(RawFigures other) {
        other.counts.forEach(this::add);
        daysToAnswer.addAll(other.daysToAnswer);
        secondsRecorded += other.secondsRecorded;
        evidential += other.evidential;
        answeredInTime += other.answeredInTime;
    }
}
