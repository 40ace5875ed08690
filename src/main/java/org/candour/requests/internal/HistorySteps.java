package org.candour.requests.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.NoFootageReason;
import org.candour.requests.domain.RestrictionGround;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;

/**
 * The staff steps of one demo request, in the order they happen: each at a time in office hours on its day (a
 * weekend day moves to the Monday), and never before the step before it.
 */
final class HistorySteps {

    private final List<HistoryStep> steps = new ArrayList<>();
    private final Random random;
    private Instant last;

    HistorySteps(Instant filedAt, Random random) {
        this.last = filedAt;
        this.random = random;
    }

    HistorySteps add(HistoryStep.Kind kind, LocalDate day) {
        return append(new HistoryStep(next(day), kind, null, null, null, null, 0));
    }

    HistorySteps addOn(HistoryStep.Kind kind, LocalDate day, LocalDate on) {
        return append(new HistoryStep(next(day), kind, on, null, null, null, 0));
    }

    /** s.54(3A): the notice is dated the day it is given. */
    HistorySteps extend(LocalDate day, int months) {
        var at = next(day);
        return append(new HistoryStep(at, HistoryStep.Kind.EXTEND, at.atZone(LondonTime.ZONE).toLocalDate(), null,
                null, null, months));
    }

    HistorySteps decide(LocalDate day, Decision decision, @Nullable RestrictionGround ground) {
        return append(new HistoryStep(next(day), HistoryStep.Kind.DECIDE, null, decision, ground, null, 0));
    }

    HistorySteps signOff(LocalDate day) {
        return append(new HistoryStep(next(day), HistoryStep.Kind.SIGN_OFF, null, null, null, null, 0));
    }

    HistorySteps noFootage(LocalDate day, NoFootageReason reason) {
        return append(new HistoryStep(next(day), HistoryStep.Kind.NO_FOOTAGE_HELD, null, null, null, reason, 0));
    }

    /** The London date of the latest step (or of the filing). */
    LocalDate lastDay() {
        return last.atZone(LondonTime.ZONE).toLocalDate();
    }

    List<HistoryStep> list() {
        return List.copyOf(steps);
    }

    private HistorySteps append(HistoryStep step) {
        steps.add(step);
        last = step.at();
        return this;
    }

    private Instant next(LocalDate day) {
        var workingDay = day;
        while (workingDay.getDayOfWeek() == DayOfWeek.SATURDAY || workingDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            workingDay = workingDay.plusDays(1);
        }
        var at = workingDay.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60)))
                .atZone(LondonTime.ZONE).toInstant();
        var earliest = last.plus(Duration.ofMinutes(5 + random.nextInt(55)));
        return at.isBefore(earliest) ? earliest : at;
    }
}
