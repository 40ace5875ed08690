package org.candour.requests.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A wait for clarification the controller asked for, s.54(3C). Open while {@code answeredOn} is null.
 *
 * <p>s.54(3C)(b): "the period beginning with the day on which the controller makes the request and ending with the
 * day on which the controller receives the information does not count" - both days are excluded, so a question
 * asked on Monday and answered on Wednesday stops the clock for three days.
 */
public record ClockPause(LocalDate askedOn, @Nullable LocalDate answeredOn) {

    public ClockPause {
        Objects.requireNonNull(askedOn, "askedOn");
        if (answeredOn != null && answeredOn.isBefore(askedOn)) {
            throw new IllegalArgumentException(
                    "Clarification answered on " + answeredOn + " before it was asked for on " + askedOn);
        }
    }

    public static ClockPause open(LocalDate askedOn) {
        return new ClockPause(askedOn, null);
    }

    public boolean isOpen() {
        return answeredOn == null;
    }

    /** The last day excluded from the clock: the answer day, or today while still open ("if answered today"). */
    LocalDate lastExcludedDay(LocalDate today) {
        return answeredOn != null ? answeredOn : today;
    }

    /**
     * The number of excluded days from {@code firstCountableDay} (the first day the clock would otherwise count)
     * to the last excluded day, both included; 0 if the pause ended before that day.
     */
    int daysExcludedFrom(LocalDate firstCountableDay, LocalDate today) {
        LocalDate first = askedOn.isAfter(firstCountableDay) ? askedOn : firstCountableDay;
        LocalDate last = lastExcludedDay(today);
        return last.isBefore(first) ? 0 : Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
    }
}
