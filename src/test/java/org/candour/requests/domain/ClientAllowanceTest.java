package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.candour.requests.domain.ClientAllowance.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAllowanceTest {

    @ParameterizedTest(name = "challenge from {0}, limit {1}: after {2} attempts, {3}")
    @CsvSource({
            "3, 5, 0, FREE",
            "3, 5, 2, FREE",
            "3, 5, 3, CHALLENGE",
            "3, 5, 4, CHALLENGE",
            "3, 5, 5, REFUSED",
            "3, 5, 9, REFUSED",
            "0, 1, 0, CHALLENGE",
            "0, 1, 1, REFUSED",
            // a challenge point at or past the limit: never a challenge, refused at the limit as before
            "10000, 10, 9, FREE",
            "10000, 10, 10, REFUSED",
            "5, 5, 4, FREE",
            "5, 5, 5, REFUSED",
    })
    void aClientIsFreeThenChallengedNearItsLimitThenRefused(int challengeFrom, int max, int counted, Answer answer) {
        assertThat(new ClientAllowance(challengeFrom, max).answer(counted)).isEqualTo(answer);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "3, 0", "-1, 5"})
    void anAllowanceNeedsALimitAndAChallengePoint(int challengeFrom, int max) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientAllowance(challengeFrom, max));
    }
}
