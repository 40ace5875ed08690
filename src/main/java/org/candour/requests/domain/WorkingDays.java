package org.candour.requests.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days in England and Wales: Monday to Friday, except bank holidays. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !EnglandAndWalesBankHolidays.isBankHoliday(date);
    }

    /** The date itself if it is a working day, otherwise the next working day. */
    public static LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The number of working days after {@code from} up to and including {@code to}; 0 unless {@code to} is later. */
    public static int countAfterUpTo(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
