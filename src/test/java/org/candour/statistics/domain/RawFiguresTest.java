package org.candour.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.candour.statistics.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures of one area and month before disclosure control: the median and the sums into BCUs and London. */
class RawFiguresTest {

    @ParameterizedTest(name = "days {0}: median {1}")
    @CsvSource({"'5', 5", "'3 1', 2", "'10 1 2', 2", "'1 2 4 10', 3", "'7 1 3 20 2', 3"})
    void theMedianIsTheMiddleDayOrTheMeanOfTheTwoMiddleDays(String days, double median) {
        var raw = new RawFigures();
        Arrays.stream(days.split(" ")).forEach(d -> raw.answered(Long.parseLong(d), false));

        assertThat(raw.medianDaysToAnswer()).isEqualTo(median);
    }

    @Test
    void addingAnAreaAddsEveryFigureOfIt() {
        var borough = new RawFigures();
        borough.add(Measure.RECORDINGS, 7);
        borough.secondsRecorded = 11;
        borough.evidential = 3;
        borough.answered(4, true);
        borough.answered(9, false);
        var bcu = new RawFigures();
        bcu.add(Measure.RECORDINGS, 5);
        bcu.secondsRecorded = 2;
        bcu.evidential = 1;
        bcu.answered(6, true);

        bcu.addAll(borough);

        assertThat(bcu.count(Measure.RECORDINGS)).isEqualTo(12);
        assertThat(bcu.secondsRecorded).isEqualTo(13);
        assertThat(bcu.evidential).isEqualTo(4);
        assertThat(bcu.answeredInTime).isEqualTo(2);
        assertThat(bcu.answered()).isEqualTo(3);
        assertThat(bcu.medianDaysToAnswer()).isEqualTo(6);
    }
}
