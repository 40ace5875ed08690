package org.candour.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.candour.support.MutableClock;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(15), clock);

    @Test
    void blocksAfterTheAllowedFailuresUntilTheFirstOneLeavesTheWindow() {
        limiter.recordFailure("client");
        clock.advance(Duration.ofMinutes(1));
        limiter.recordFailure("client");
        assertThat(limiter.blockedUntil("client")).isEmpty();
        limiter.recordFailure("client");
        assertThat(limiter.blockedUntil("client")).contains(Instant.parse("2026-11-26T10:15:00Z"));

        clock.set(Instant.parse("2026-11-26T10:15:00Z"));
        assertThat(limiter.blockedUntil("client")).isEmpty();
    }

    @Test
    void keysAreCountedSeparately() {
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure("one");
        }
        assertThat(limiter.blockedUntil("one")).isPresent();
        assertThat(limiter.blockedUntil("two")).isEmpty();
    }
}
