package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UtcInstantsTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11-20T21:03:00Z, 2026-11-20T21:03:00Z",
        "2028-02-29T23:59:59Z, 2028-02-29T23:59:59Z",
        "1999-12-31T00:00:00Z, 1999-12-31T00:00:00Z",
        "2026-11-20T21:03:00.250Z, 2026-11-20T21:03:00.250Z",
        "2026-07-01T00:30:00+01:00, 2026-06-30T23:30:00Z",
    })
    void readsInstantsAsJavaDoes(String text, Instant expected) {
        assertThat(UtcInstants.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T21:03:00", "2027-02-29T10:00:00Z", "2026-13-01T10:00:00Z",
        "2026-11-20T24:00:00Z", "2026-11-20T2a:00:00Z", "2026-11-20 21:03:00Z", "20/11/2026 21:03", "-026-11-20T21:03:00Z"})
    void refusesWhatIsNotAnInstantWithAZone(String text) {
        assertThatThrownBy(() -> UtcInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
