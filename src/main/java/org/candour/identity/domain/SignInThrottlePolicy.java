package org.candour.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How failed staff sign-ins are slowed down. They are counted per client (its address, an IPv6 client by its /64)
 * in a sliding {@code window}, not per account, so a stranger cannot lock someone else's account by typing wrong
 * passwords: after {@code freeFailures} a client waits 1 s, then 2, 4, ... up to {@code maxDelay} after each failure
 * before it may try again, and after {@code blockAfter} it is blocked for {@code blockDuration}. While failures
 * overall pass {@code overallFailures} (an attack spread over many addresses), every client with a failure of its
 * own waits {@code maxDelay}; staff who have not failed still sign in. An account is locked only when failures for
 * it come from {@code accountLockAddresses} different clients in the window, which is no stranger's mistake.
 */
public record SignInThrottlePolicy(Duration window, int freeFailures, int blockAfter, Duration maxDelay,
                                   Duration blockDuration, int overallFailures, int accountLockAddresses,
                                   Duration accountLockDuration) {

    public static final SignInThrottlePolicy DEFAULT = new SignInThrottlePolicy(Duration.ofMinutes(15), 5, 20,
            Duration.ofMinutes(5), Duration.ofMinutes(15), 1_000, 10, Duration.ofMinutes(15));

    /** What the ledger holds about a client at the moment of a new attempt. */
    public record ClientRecord(int failuresInWindow, Instant lastFailure, int overallFailuresInWindow) {
    }

    public SignInThrottlePolicy {
        if (freeFailures < 1 || blockAfter <= freeFailures || overallFailures < 1 || accountLockAddresses < 2) {
            throw new IllegalArgumentException("Sign-in throttle: need 1 <= freeFailures < blockAfter, "
                    + "overallFailures >= 1 and accountLockAddresses >= 2");
        }
        for (Duration duration : new Duration[] {window, maxDelay, blockDuration, accountLockDuration}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("Sign-in throttle durations must be positive");
            }
        }
    }

    /** When the client may next try, if it must wait; empty if it may try now. */
    public Optional<Instant> waitUntil(ClientRecord client, Instant now) {
        Instant until = earliestNextTry(client);
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    private @Nullable Instant earliestNextTry(ClientRecord client) {
        int failures = client.failuresInWindow();
        if (failures >= blockAfter) {
            return client.lastFailure().plus(blockDuration);
        }
        if (failures > 0 && client.overallFailuresInWindow() >= overallFailures) {
            return client.lastFailure().plus(maxDelay);
        }
        if (failures >= freeFailures) {
            return client.lastFailure().plus(delayAfter(failures));
        }
        return null;
    }

    /** 1 s after the first failure past the free ones, doubling each time, never more than {@code maxDelay}. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether failures for one account from this many different clients in the window lock it. */
    public boolean locksAccount(int distinctClients) {
        return distinctClients >= accountLockAddresses;
    }
}
