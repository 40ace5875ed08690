package org.candour.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchmarkSuiteTest {

    @ParameterizedTest(name = "median {0} against goal \"{1}\": headroom {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            25000  | >= 50000      | 0.5
            100000 | >= 50,000     | 2.0
            5000   | <= 10000 ms   | 2.0
            40     | <= 20 ms      | 0.5
            20     | < 10 s        | 0.5
            0.96   | >= 0.8        | 1.2
            123    | -             | null
            123    | baseline      | null
            """)
    void theGoalBecomesARatioOfAtLeastOneWhenMet(double median, String goal, Double headroom) {
        var figure = new BenchmarkReport.Figure("figure", "unit", median, median, median, goal, "-");

        if (headroom == null) {
            assertThat(BenchmarkSuite.headroom(figure)).isNull();
        } else {
            assertThat(BenchmarkSuite.headroom(figure)).isCloseTo(headroom, offset(1e-9));
        }
    }
}
