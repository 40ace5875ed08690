package org.candour.requests.domain;

import org.candour.requests.ClockStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The DPA 2018 Part 3 response deadline for a right of access request (s.45(3)(b), "applicable time period" s.54).
 * A pure function: the caller supplies {@code today}.
 */
public final class StatutoryClock {

    /** s.54(3A): the period may be extended by (up to) two further months. */
    public static final int MAX_EXTENSION_MONTHS = 2;

    private StatutoryClock() {
    }

    public static StatutoryDeadline deadline(LocalDate receivedOn, @Nullable LocalDate identityVerifiedOn,
            List<ClockPause> pauses, int extensionMonths, LocalDate today) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(today, "today");
        if (extensionMonths < 0 || extensionMonths > MAX_EXTENSION_MONTHS) { // s.54(3A)
            throw new IllegalArgumentException("s.54(3A) allows an extension of at most "
                    + MAX_EXTENSION_MONTHS + " further months, not " + extensionMonths);
        }
        if (identityVerifiedOn != null && identityVerifiedOn.isBefore(receivedOn)) {
            throw new IllegalArgumentException("Identity verified on " + identityVerifiedOn
                    + ", before the request was received on " + receivedOn);
        }
        List<ClockPause> ordered = inOrderAfterReceipt(pauses, receivedOn);
        if (identityVerifiedOn == null) { // s.54(3)(b): the s.52(4) identity information is still awaited
            if (extensionMonths != 0) {
                throw new IllegalArgumentException("s.54(3A) extension given before the clock started");
            }
            return StatutoryDeadline.notStarted();
        }
        // s.54(3): the relevant time is the latest of receipt (a) and identity (b). No fee (c): s.53(1) allows one
        // only for a manifestly unfounded or excessive request, so an ordinary request has none.
        LocalDate start = identityVerifiedOn.isAfter(receivedOn) ? identityVerifiedOn : receivedOn;
        // s.54(2) one month; s.54(3B)(a) an extension must be notified within it
        StatutoryPeriod original = StatutoryPeriod.ending(start, 1, ordered, today);
        // s.54(3A) up to two further months
        StatutoryPeriod applicable = StatutoryPeriod.ending(start, 1 + extensionMonths, ordered, today);
        return new StatutoryDeadline(applicable.pausedNow() ? ClockStatus.PAUSED : ClockStatus.RUNNING,
                start, applicable.dueDate(), original.dueDate(), applicable.pausedDays());
    }

    private static List<ClockPause> inOrderAfterReceipt(List<ClockPause> pauses, LocalDate receivedOn) {
        List<ClockPause> ordered = pauses.stream().sorted(Comparator.comparing(ClockPause::askedOn)).toList();
        if (!ordered.isEmpty() && ordered.getFirst().askedOn().isBefore(receivedOn)) {
            throw new IllegalArgumentException("Clarification asked for on " + ordered.getFirst().askedOn()
                    + ", before the request was received on " + receivedOn);
        }
        return ordered;
    }

    /** A period of whole months from the clock start, lengthened by the clarification pauses that fall inside it. */
    private record StatutoryPeriod(LocalDate end, int pausedDays, boolean pausedNow) {

        static StatutoryPeriod ending(LocalDate start, int months, List<ClockPause> ordered, LocalDate today) {
            // s.54(2), ICO practice: count from the day after the start to the corresponding date `months` later;
            // plusMonths gives the last day of a shorter month (31 Jan -> 28/29 Feb, as the ICO advises).
            LocalDate end = start.plusMonths(months);
            LocalDate firstCountableDay = start.plusDays(1);
            int pausedDays = 0;
            boolean pausedNow = false;
            for (ClockPause pause : ordered) {
                LocalDate due = WorkingDays.onOrAfter(end);
                if (pause.askedOn().isAfter(due)) {
                    break; // s.54(3C): a question asked after the period has run out cannot stop it
                }
                if (pause.askedOn().isAfter(end)) {
                    end = due; // asked on a weekend/holiday grace day: that working day is the last day
                }
                // s.54(3C)(b): the days from the question to the answer, both included, do not count
                int days = pause.daysExcludedFrom(firstCountableDay, today);
                end = end.plusDays(days);
                pausedDays += days;
                pausedNow |= pause.isOpen();
                LocalDate afterPause = pause.lastExcludedDay(today).plusDays(1);
                firstCountableDay = afterPause.isAfter(firstCountableDay) ? afterPause : firstCountableDay;
            }
            return new StatutoryPeriod(end, pausedDays, pausedNow);
        }

        LocalDate dueDate() {
            return WorkingDays.onOrAfter(end); // ICO practice: a deadline on a weekend or bank holiday moves on
        }
    }
}
