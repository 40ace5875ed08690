package org.candour.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexRetryTest {

    @ParameterizedTest
    @CsvSource({"0, PT2S", "1, PT2S", "2, PT2S", "3, PT4S", "4, PT8S", "8, PT2M8S", "9, PT4M16S", "10, PT5M",
            "40, PT5M"})
    void backsOffExponentiallyUpToTheLimit(int attempts, Duration expected) {
        assertThat(IndexRetry.backoff(attempts, Duration.ofMinutes(5))).isEqualTo(expected);
    }
}
