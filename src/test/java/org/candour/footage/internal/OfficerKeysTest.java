package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The collar-number match rule: the force's export and the portal must make the same officer_key from the same
 * collar number. The expected keys were computed apart (Python: hmac.new(secret, collar, sha256).hexdigest()),
 * exactly as the README tells the force to.
 */
class OfficerKeysTest {

    private static final String SECRET = "test-officer-key-secret-0123456789abcdef";
    private final OfficerKeys keys = new OfficerKeys(SECRET);

    @ParameterizedTest(name = "\"{0}\" is hashed as {1}")
    @CsvSource({"1234AB, 1234AB", "1234ab, 1234AB", "' 1234 ab ', 1234AB", "u5678, U5678", "AB123, AB123",
            "0123AB, 0123AB", "'12\t34AB', 1234AB"})
    void collarNumbersAreNormalisedBeforeHashing(String typed, String hashed) {
        assertThat(OfficerKeys.normalise(typed)).isEqualTo(hashed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABC123", "1234ABC", "12-34", "PC 1234 AB!", "1234567", "AB"})
    void whatIsNotACollarNumberIsRefused(String typed) {
        assertThatThrownBy(() -> OfficerKeys.normalise(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("collar number");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1234AB, 87ad8551e8f894fdeed64bcabdf691b8ae0867c14fa71b9f35539f34c60fbb25",
            "1234 ab, 87ad8551e8f894fdeed64bcabdf691b8ae0867c14fa71b9f35539f34c60fbb25",
            "5678CD, b3b00b6a2bc2bca8adee9a91d2a6faa3cc8f10333fbf31cb669d24193a0e5fe1",
            "U5678, 3d3c2394be5d70c2d33813f808c071da4643d1e939c05d8cd7639eda90f88f7c"})
    void theKeyIsTheHexHmacSha256OfTheNormalisedNumber(String collar, String officerKey) {
        assertThat(keys.keyOf(collar)).contains(officerKey);
    }

    @Test
    void withoutASecretCollarSearchIsOff() {
        assertThat(new OfficerKeys("").enabled()).isFalse();
        assertThat(new OfficerKeys(null).keyOf("1234AB")).isEmpty();
        assertThat(keys.enabled()).isTrue();
    }

    @Test
    void aShortSecretIsRefusedAtStartWithoutShowingIt() {
        assertThatThrownBy(() -> new OfficerKeys("too-short")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32").hasMessageNotContaining("too-short");
    }
}
