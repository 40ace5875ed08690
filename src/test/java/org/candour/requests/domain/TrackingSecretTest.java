package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TrackingSecretTest {

    @Test
    void aNewSecretIsFourGroupsOfFourUnambiguousCharacters() {
        assertThat(TrackingSecret.generate()).matches("[A-HJ-NP-Z2-79]{4}(-[A-HJ-NP-Z2-79]{4}){3}");
    }

    @Test
    void secretsDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(TrackingSecret.generate())).isTrue();
        }
    }

    @Test
    void theHashIsNotTheSecretAndMatchesOnlyTheSecret() {
        String secret = TrackingSecret.generate();
        String hash = TrackingSecret.hash(secret);
        assertThat(hash).hasSize(64).doesNotContain(secret.replace("-", ""));
        assertThat(TrackingSecret.matches(hash, secret)).isTrue();
        assertThat(TrackingSecret.matches(hash, TrackingSecret.generate())).isFalse();
    }

    @Test
    void dashesSpacesAndCaseDoNotMatterWhenTypedBack() {
        String hash = TrackingSecret.hash("KQ7M-XW3R-9PLA-2CDE");
        assertThat(TrackingSecret.matches(hash, "kq7m xw3r 9pla 2cde")).isTrue();
        assertThat(TrackingSecret.matches(hash, "KQ7MXW3R9PLA2CDE")).isTrue();
        assertThat(TrackingSecret.matches(hash, "KQ7M-XW3R-9PLA-2CDF")).isFalse();
    }
}
