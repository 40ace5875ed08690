package org.candour.requests.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed attempts per key in a sliding window. Memory is bounded: the least recently used keys are
 * forgotten first. Kept in memory on purpose: a node restart resets it, which only gives an attacker a fresh
 * window on that node, and no personal data is kept (keys are client addresses and request references).
 */
public final class AttemptLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public AttemptLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** When the key may try again, if it has used up its failures in the window. */
    public synchronized Optional<Instant> blockedUntil(String key) {
        Deque<Instant> recent = recentFailures(key);
        return recent.size() >= maxFailures ? Optional.of(recent.peekFirst().plus(window)) : Optional.empty();
    }

    public synchronized void recordFailure(String key) {
        recentFailures(key).addLast(clock.instant());
    }

    private Deque<Instant> recentFailures(String key) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
        return recent;
    }
}
