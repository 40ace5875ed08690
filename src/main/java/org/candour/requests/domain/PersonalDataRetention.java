package org.candour.requests.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.candour.requests.RequestState;
import org.candour.shared.LondonTime;

/**
 * How long a closed request keeps its requester's personal data: DPA 2018 s.39 and Part 3's storage limitation ask
 * that it be kept no longer than needed; the force sets the period ({@code candour.requests.retention.months},
 * 24 by default).
 *
 * <p>A request is closed while its state is not an open one: an outcome (disclosed, partly disclosed, refused, no
 * footage held), withdrawn or closed. The period runs from the London date it last left an open state, which is
 * when it reached the outcome it still has: moving on from an outcome to CLOSED does not restart it, an internal
 * review reopens the request (its data is kept while the review runs) and the period starts again from the review's
 * outcome. The personal data is erased on the day the period ends (closed 15 March 2026: erased from 15 March 2028;
 * closed 29 February 2028: from 28 February 2030).
 */
public record PersonalDataRetention(int months) {

    public PersonalDataRetention {
        if (months < 1) {
            throw new IllegalArgumentException("The retention period of closed requests must be at least one month, "
                    + "not " + months);
        }
    }

    /** The London date the request closed, empty while it is open (or its stage history says it never left one). */
    public static Optional<LocalDate> closedOn(RequestState state, List<Stage> stages) {
        if (state.isOpen() || stages.stream().anyMatch(s -> s.state().isOpen() && s.exitedAt() == null)) {
            return Optional.empty();
        }
        return stages.stream().filter(s -> s.state().isOpen()).map(Stage::exitedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).map(at -> at.atZone(LondonTime.ZONE).toLocalDate());
    }

    /** The first day the personal data of a request closed on {@code closedOn} may no longer be kept. */
    public LocalDate erasedFrom(LocalDate closedOn) {
        return closedOn.plusMonths(months);
    }

    /** Whether, on {@code today}, the retention period of a request in this state with these stages has ended. */
    public boolean hasEnded(RequestState state, List<Stage> stages, LocalDate today) {
        return closedOn(state, stages).map(closed -> !erasedFrom(closed).isAfter(today)).orElse(false);
    }

    /**
     * The last closing date whose period has ended by {@code today}. Exact at month ends too: a period of 24 months
     * from 29 February ends on 28 February, and from 28 February on 28 February as well.
     */
    public LocalDate closedOnOrBefore(LocalDate today) {
        LocalDate candidate = today.minusMonths(months);
        while (!erasedFrom(candidate.plusDays(1)).isAfter(today)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}
