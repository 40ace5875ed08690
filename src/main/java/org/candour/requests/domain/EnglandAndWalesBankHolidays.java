package org.candour.requests.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bank holidays in England and Wales, computed by rule plus a table of one-off changes.
 *
 * <p>Sources: the Banking and Financial Dealings Act 1971, Schedule 1 (Easter Monday, last Monday in May, last
 * Monday in August, 26 December, and 27 December when 25 or 26 December is a Sunday); royal proclamations under
 * s.1(3) of that Act (New Year's Day since 1974, the first Monday in May since 1978, substitute days and the
 * one-off changes below); Good Friday and Christmas Day are common-law holidays. Dates are checked against
 * https://www.gov.uk/bank-holidays. The rules hold from 1978; the one-off table covers 1995 onwards.
 */
public final class EnglandAndWalesBankHolidays {

    /** A regular holiday moved by proclamation: regular date to the date actually observed. */
    private static final Map<LocalDate, LocalDate> MOVED = Map.of(
            LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8),    // VE Day 50th anniversary
            LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4),   // spring holiday, Golden Jubilee
            LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),   // spring holiday, Diamond Jubilee
            LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),    // VE Day 75th anniversary
            LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));  // spring holiday, Platinum Jubilee

    /** Additional one-off bank holidays. */
    private static final Set<LocalDate> ADDED = Set.of(
            LocalDate.of(1999, 12, 31),  // Millennium
            LocalDate.of(2002, 6, 3),    // Golden Jubilee
            LocalDate.of(2011, 4, 29),   // Royal Wedding
            LocalDate.of(2012, 6, 5),    // Diamond Jubilee
            LocalDate.of(2022, 6, 3),    // Platinum Jubilee
            LocalDate.of(2022, 9, 19),   // State Funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8));   // Coronation of King Charles III

    private static final Map<Integer, SortedSet<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private EnglandAndWalesBankHolidays() {
    }

    public static boolean isBankHoliday(LocalDate date) {
        return inYear(date.getYear()).contains(date);
    }

    /** All bank holidays of the year, in date order (unmodifiable). */
    public static SortedSet<LocalDate> inYear(int year) {
        return BY_YEAR.computeIfAbsent(year, EnglandAndWalesBankHolidays::compute);
    }

    private static SortedSet<LocalDate> compute(int year) {
        SortedSet<LocalDate> days = new TreeSet<>();
        LocalDate easter = Easter.sunday(year);
        days.add(substituteIfWeekend(LocalDate.of(year, 1, 1), days));         // New Year's Day
        days.add(easter.minusDays(2));                                         // Good Friday
        days.add(easter.plusDays(1));                                          // Easter Monday
        days.add(firstMonday(year, Month.MAY));                                // early May
        days.add(lastMonday(year, Month.MAY));                                 // spring
        days.add(lastMonday(year, Month.AUGUST));                              // summer
        days.add(substituteIfWeekend(LocalDate.of(year, 12, 25), days));       // Christmas Day
        days.add(substituteIfWeekend(LocalDate.of(year, 12, 26), days));       // Boxing Day
        MOVED.forEach((regular, observed) -> {
            if (days.remove(regular)) {
                days.add(observed);
            }
        });
        ADDED.stream().filter(day -> day.getYear() == year).forEach(days::add);
        return Collections.unmodifiableSortedSet(days);
    }

    /** The first weekday on or after the date that is not already a holiday (gov.uk "substitute day"). */
    private static LocalDate substituteIfWeekend(LocalDate date, Set<LocalDate> taken) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || taken.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
}
