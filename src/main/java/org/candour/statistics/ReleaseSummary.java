package org.candour.statistics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A frozen statistics release: its version (1, 2, ...), the period its figures cover (London dates, both
 * included), when it was published, why (a correction says what it corrects) and what started it.
 */
public record ReleaseSummary(int version, LocalDate periodFrom, LocalDate periodTo, Instant publishedAt,
                             String note, Trigger trigger) {

    public enum Trigger { SCHEDULE, ADMINISTRATOR, DEMO }
}
