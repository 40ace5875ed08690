package org.candour.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.candour.statistics.Cell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareRuleTest {

    /** Numerator and base, and the share published ("[low]": withheld). */
    @ParameterizedTest(name = "{0} of {1}: {2}")
    @CsvSource({
            "0,    100,  0.0",
            "100,  100,  100.0",
            "3,    100,  [low]",
            "9,    100,  [low]",
            "10,   100,  10.0",
            "90,   100,  90.0",
            "91,   100,  [low]",
            "97,   100,  [low]",
            "10,    20,  50.0",
            "10,    19,  [low]",
            "0,      9,  [low]",
            "0,     10,  0.0",
            "1,   5000,  [low]",
            "250, 5000,  5.0",
            "333, 1000,  33.3"})
    void aShareIsWithheldWhenItsNumeratorOrItsComplementIsASmallCount(long numerator, long base, String shown) {
        Cell share = ReleaseBuilder.share(numerator, base);

        assertThat(share.isPublished() ? String.valueOf(share.value()) : share.flag().symbol()).isEqualTo(shown);
    }
}
