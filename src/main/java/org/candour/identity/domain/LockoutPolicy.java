package org.candour.identity.domain;

import java.time.Duration;

/** After {@code maxFailures} consecutive failed sign-ins an account is locked for {@code duration}. */
public record LockoutPolicy(int maxFailures, Duration duration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, not " + maxFailures);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The lockout duration must be positive, not " + duration);
        }
    }
}
