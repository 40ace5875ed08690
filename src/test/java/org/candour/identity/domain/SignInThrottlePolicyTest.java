package org.candour.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.candour.identity.domain.SignInThrottlePolicy.ClientRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInThrottlePolicyTest {

    private static final SignInThrottlePolicy POLICY = SignInThrottlePolicy.DEFAULT;
    private static final Instant LAST_FAILURE = Instant.parse("2026-12-06T10:00:00Z");

    /**
     * A client's failures in the window and failures overall, how long after its last failure it tries again, and
     * how many seconds it must still wait then (0: it may try).
     */
    @ParameterizedTest(name = "{0} failures ({1} overall), {2} s later: wait {3} s")
    @CsvSource({
            "0,     0,    0,    0",
            "4,     4,    0,    0",
            "5,     5,    0,    1",
            "5,     5,    1,    0",
            "6,     6,    1,    1",
            "6,     6,    2,    0",
            "7,     7,    3,    1",
            "10,   10,    0,   32",
            "13,   13,    0,  256",
            "14,   14,    0,  300",
            "19,   19,  299,    1",
            "19,   19,  300,    0",
            "20,   20,    0,  900",
            "25,   25,  899,    1",
            "25,   25,  900,    0",
            "1,   999,    0,    0",
            "1,  1000,    0,  300",
            "1,  1000,  300,    0",
            "0,  5000,    0,    0",
            "4,  1000,  200,  100"})
    void failuresFromOneClientSlowItDownThenBlockIt(int failures, int overall, long secondsLater, long wait) {
        var now = LAST_FAILURE.plusSeconds(secondsLater);

        var until = POLICY.waitUntil(new ClientRecord(failures, LAST_FAILURE, overall), now);

        assertThat(until.map(instant -> Duration.between(now, instant).toSeconds()).orElse(0L)).isEqualTo(wait);
    }

    @ParameterizedTest(name = "failures from {0} clients lock the account: {1}")
    @CsvSource({"1, false", "2, false", "9, false", "10, true", "40, true"})
    void onlyAnAttackFromManyAddressesLocksTheAccount(int clients, boolean locks) {
        assertThat(POLICY.locksAccount(clients)).isEqualTo(locks);
    }

    @Test
    void aPolicyThatCouldNeverDelayOrThatLocksOnOneAddressIsRefused() {
        var d = Duration.ofMinutes(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInThrottlePolicy(d, 5, 5, d, d, 10, 10, d));
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInThrottlePolicy(d, 5, 20, d, d, 10, 1, d));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new SignInThrottlePolicy(Duration.ZERO, 5, 20, d, d, 10, 10, d));
    }
}
