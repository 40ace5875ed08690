package org.candour.requests;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One request as statistics see it: where and when it was received and how it was answered, and nothing that
 * identifies it or its requester (no id, reference, name, dates of birth, incident account or officer).
 * {@code outcome} is the first outcome reached and
 * {@code answeredOn} its London date, both null while unanswered; {@code dueOn} is the s.54 due date as it stood
 * when the request was last changed; {@code restrictionSection} the s.45(4) ground, e.g. "s.45(4)(b)";
 * {@code footageDeletedBeforeRequest} says the footage had gone under the 31-day rule before the request reached
 * the force.
 */
public record AnsweredRequestFact(String boroughCode, LocalDate receivedOn, @Nullable Outcome outcome,
                                  @Nullable LocalDate answeredOn, @Nullable LocalDate dueOn,
                                  @Nullable String restrictionSection, boolean footageDeletedBeforeRequest) {
}
