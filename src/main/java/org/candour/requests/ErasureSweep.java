package org.candour.requests;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the daily erasure of requesters' personal data: when it ran, the last closing date whose retention
 * period had ended that day, how many requests it erased and how many it could not (they are tried again the next
 * day). Counts only: the report names no request and no requester.
 */
public record ErasureSweep(Instant ranAt, LocalDate closedOnOrBefore, int erased, int failed) {
}
