package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one-time link to set a new tracking secret: 60 minutes, once. */
class SecretResetTest {

    private static final Instant ASKED = Instant.parse("2026-03-29T00:30:00Z"); // the night the clocks go forward

    @ParameterizedTest(name = "{0} after it was asked for: usable {1}")
    @CsvSource({
            "PT0S,      true",
            "PT1M,      true",
            "PT59M59S,  true",
            "PT60M,     false",
            "PT60M1S,   false",
            "PT2H,      false",
            "P1D,       false",
            "-PT1M,     true"})
    void aLinkWorksForSixtyMinutesMeasuredInRealTime(Duration after, boolean usable) {
        var reset = SecretReset.of(UUID.randomUUID(), SecretReset.newToken(), ASKED);

        assertThat(reset.usableAt(ASKED.plus(after))).isEqualTo(usable);
        assertThat(reset.expiresAt()).isEqualTo(ASKED.plus(SecretReset.VALID_FOR));
    }

    @Test
    void aLinkWorksOnce() {
        var reset = SecretReset.of(UUID.randomUUID(), SecretReset.newToken(), ASKED);

        reset.use(ASKED.plusSeconds(60));

        assertThat(reset.usableAt(ASKED.plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> reset.use(ASKED.plusSeconds(62))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExpiredLinkCannotBeUsed() {
        var reset = SecretReset.of(UUID.randomUUID(), SecretReset.newToken(), ASKED);

        assertThatThrownBy(() -> reset.use(ASKED.plus(SecretReset.VALID_FOR))).isInstanceOf(IllegalStateException.class);
        assertThat(reset.isUsed()).isFalse();
    }

    @Test
    void tokensAreLongRandomAndStoredOnlyAsTheirHash() {
        String token = SecretReset.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(SecretReset.newToken());
        assertThat(SecretReset.hash(token)).hasSize(64).doesNotContain(token).isEqualTo(SecretReset.hash(token))
                .isNotEqualTo(SecretReset.hash(token.toLowerCase()));
    }
}
