package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Easter Sunday by the Gregorian computus, for Good Friday and Easter Monday (Banking and Financial Dealings Act). */
class EasterTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "1818, 1818-03-22", // earliest possible
        "1943, 1943-04-25", // latest possible
        "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2014, 2014-04-20", "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25", "2049, 2049-04-18",
        "2100, 2100-03-28", "2285, 2285-03-22"})
    void easterSundayFallsOnTheDatesOfTheChurchCalendar(int year, LocalDate sunday) {
        assertThat(Easter.sunday(year)).isEqualTo(sunday);
    }
}
