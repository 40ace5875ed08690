package org.candour.search.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeWatchdogBackoffTest {

    @ParameterizedTest(name = "after {0} failed attempt(s): {1}")
    @CsvSource({
            "0, PT1S",
            "1, PT2S",
            "2, PT4S",
            "5, PT32S",
            "6, PT1M",
            "7, PT1M",
            "40, PT1M",
            "2147483647, PT1M"})
    void waitsTwiceAsLongAfterEachFailedAttemptUpToTheMaximum(int failedAttempts, Duration expected) {
        assertThat(NodeWatchdog.Backoff.DEFAULT.after(failedAttempts)).isEqualTo(expected);
    }
}
