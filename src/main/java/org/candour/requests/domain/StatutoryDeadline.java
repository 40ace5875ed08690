package org.candour.requests.domain;

import org.candour.requests.ClockStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The s.54 deadline of a request on a given day, as computed by {@link StatutoryClock}.
 *
 * @param clockStartedOn  the relevant time, s.54(3); null while NOT_STARTED
 * @param dueDate         the last day to respond, including any s.54(3A) extension and s.54(3C) pauses, moved to a
 *                        working day; while PAUSED, the date that applies if the clarification arrives today
 * @param originalDueDate the unextended due date: the s.54(3B)(a) limit for notifying an extension
 * @param pausedDays      days not counted because of s.54(3C) clarification pauses
 */
public record StatutoryDeadline(
        ClockStatus status,
        @Nullable LocalDate clockStartedOn,
        @Nullable LocalDate dueDate,
        @Nullable LocalDate originalDueDate,
        int pausedDays) {

    public StatutoryDeadline {
        Objects.requireNonNull(status, "status");
        boolean started = status != ClockStatus.NOT_STARTED;
        if (started != (clockStartedOn != null) || started != (dueDate != null)
                || started != (originalDueDate != null) || pausedDays < 0 || !started && pausedDays != 0) {
            throw new IllegalArgumentException("Inconsistent deadline: " + status + ", started " + clockStartedOn
                    + ", due " + dueDate + ", originally due " + originalDueDate + ", paused " + pausedDays);
        }
    }

    static StatutoryDeadline notStarted() {
        return new StatutoryDeadline(ClockStatus.NOT_STARTED, null, null, null, 0);
    }

    public boolean hasStarted() {
        return status != ClockStatus.NOT_STARTED;
    }

    /** True once the due date has passed; never true before the clock starts. */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && today.isAfter(dueDate);
    }

    /** s.54(3B)(a): an extension notice must be given before the end of the first month (pauses excluded). */
    public boolean extensionAllowedOn(LocalDate noticeDate) {
        return clockStartedOn != null && originalDueDate != null
                && !noticeDate.isBefore(clockStartedOn) && !noticeDate.isAfter(originalDueDate);
    }

    /** Calendar days from today to the due date: 0 on the due date, negative once overdue; empty if not started. */
    public OptionalInt daysRemaining(LocalDate today) {
        return dueDate == null ? OptionalInt.empty()
                : OptionalInt.of(Math.toIntExact(ChronoUnit.DAYS.between(today, dueDate)));
    }

    /** Working days after today up to and including the due date: 0 on the due date or once overdue. */
    public OptionalInt workingDaysRemaining(LocalDate today) {
        return dueDate == null ? OptionalInt.empty() : OptionalInt.of(WorkingDays.countAfterUpTo(today, dueDate));
    }
}
