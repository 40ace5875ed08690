package org.candour.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A frozen statistics release: its version (1, 2, ...), the period its figures cover (London dates, both
 * included), when it was published, why (a correction says what it corrects) and what started it.
 *
 * <p>The publication time is kept to the whole second. The clock gives nanoseconds and the database keeps
 * microseconds, so a finer time would read differently before and after a restart, and a numbered release's bytes
 * must never change once published.
 */
public record ReleaseSummary(int version, LocalDate periodFrom, LocalDate periodTo, Instant publishedAt,
                             String note, Trigger trigger) {

    public enum Trigger { SCHEDULE, ADMINISTRATOR, DEMO }

    public ReleaseSummary {
        publishedAt = publishedAt.truncatedTo(ChronoUnit.SECONDS);
    }
}
