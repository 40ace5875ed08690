package org.candour.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The portal's clock in the local demo: the real clock, except on a thread that is replaying the demo's history,
 * which reads the time of the event it replays. The services take it as their {@link Clock}, so the history goes
 * through the real workflow with genuine dates, deadlines and stage times, while every other thread (pages,
 * listeners, schedules) keeps the real time.
 */
public final class ReplayClock extends Clock {

    private final Clock real;
    private final ThreadLocal<Instant> replayed = new ThreadLocal<>();

    public ReplayClock(Clock real) {
        this.real = real;
    }

    /** Runs {@code action} on this thread as if it were {@code at}. */
    public <T> T at(Instant at, Supplier<T> action) {
        var outer = replayed.get();
        replayed.set(at);
        try {
            return action.get();
        } finally {
            if (outer == null) {
                replayed.remove();
            } else {
                replayed.set(outer);
            }
        }
    }

    /** The real time, whatever this thread is replaying. */
    public Instant realInstant() {
        return real.instant();
    }

    @Override
    public Instant instant() {
        var at = replayed.get();
        return at == null ? real.instant() : at;
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
