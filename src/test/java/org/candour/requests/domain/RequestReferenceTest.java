package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestReferenceTest {

    @ParameterizedTest
    @CsvSource({"2026, 123, BWV-2026-000123", "2027, 1, BWV-2027-000001", "2026, 999999, BWV-2026-999999"})
    void formatsYearAndRunningNumber(int year, long number, String expected) {
        assertThat(RequestReference.of(year, number).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BWV-2026-000123", " bwv-2026-000123 ", "Bwv-2026-000123"})
    void forgivesSpacesAndCaseWhenTyped(String typed) {
        assertThat(RequestReference.looksValid(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "BWV-26-000123", "BWV-2026-123", "XYZ-2026-000123", "BWV-2026-000123' OR 1=1"})
    void refusesWhatIsNotAReference(String typed) {
        assertThat(RequestReference.looksValid(typed)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new RequestReference(typed));
    }
}
