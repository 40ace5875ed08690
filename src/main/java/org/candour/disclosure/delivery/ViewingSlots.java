package org.candour.disclosure.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.candour.shared.LondonTime;

/**
 * The police-station viewing slots offered to a requester: 10:00 and 14:00 on weekdays, from the second day after
 * today (time to arrange a room and a disclosure officer) up to 14 days ahead, and never after the copy's last day.
 * Bank holidays are not taken out: the officer confirms or moves the slot by message.
 */
public final class ViewingSlots {

    static final List<LocalTime> TIMES = List.of(LocalTime.of(10, 0), LocalTime.of(14, 0));
    static final int FIRST_DAY = 2;
    static final int LAST_DAY = 14;

    private ViewingSlots() {
    }

    public static List<ZonedDateTime> offered(LocalDate today, LocalDate copyLastDay) {
        var slots = new ArrayList<ZonedDateTime>();
        LocalDate last = today.plusDays(LAST_DAY).isBefore(copyLastDay) ? today.plusDays(LAST_DAY) : copyLastDay;
        for (LocalDate day = today.plusDays(FIRST_DAY); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                for (LocalTime time : TIMES) {
                    slots.add(day.atTime(time).atZone(LondonTime.ZONE));
                }
            }
        }
        return List.copyOf(slots);
    }
}
