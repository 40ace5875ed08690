package org.candour.statistics;

import java.time.Instant;
import java.time.LocalDate;

/** A scheduled release announced in advance: when it will be published and the period its figures will cover. */
public record UpcomingRelease(Instant publishedAt, LocalDate periodFrom, LocalDate periodTo) {
}
