package org.candour.disclosure.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Police-station slots: weekdays at 10:00 and 14:00, from two days ahead, up to 14 days and the copy's last day. */
class ViewingSlotsTest {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd'T'HH");

    @ParameterizedTest(name = "today {0}, copy to {1}")
    @CsvSource(delimiter = '|', value = {
            // Monday: from Wednesday; the weekend skipped; 14 days ahead is Monday 19th
            "2026-01-05 | 2026-02-02 | 01-07T10 01-07T14 01-08T10 01-08T14 01-09T10 01-09T14 01-12T10 01-12T14 "
                    + "01-13T10 01-13T14 01-14T10 01-14T14 01-15T10 01-15T14 01-16T10 01-16T14 01-19T10 01-19T14",
            // Thursday: Saturday and Sunday are not offered; the copy ends on Tuesday
            "2026-01-08 | 2026-01-13 | 01-12T10 01-12T14 01-13T10 01-13T14",
            // the copy ends tomorrow: nothing can be offered
            "2026-01-08 | 2026-01-09 | ''"})
    void slots(LocalDate today, LocalDate lastDay, String expected) {
        List<String> offered = ViewingSlots.offered(today, lastDay).stream().map(SHORT::format).toList();
        assertThat(offered).containsExactlyElementsOf(
                expected.isBlank() ? List.of() : Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest
    @CsvSource({"2026-03-27, 2026-04-30"})
    void slotsAreLondonTimesAcrossTheChangeToSummerTime(LocalDate today, LocalDate lastDay) {
        ZonedDateTime first = ViewingSlots.offered(today, lastDay).getFirst();
        assertThat(first.toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(first.toOffsetDateTime().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(first.getHour()).isEqualTo(10);
    }
}
