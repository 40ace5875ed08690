package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.candour.requests.WorkChallenge;
import org.candour.support.TestWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkProofTest {

    @ParameterizedTest(name = "{0} begins with {1} zero bits")
    @CsvSource({
            "ff, 0",
            "80, 0",
            "7f, 1",
            "0f, 4",
            "01, 7",
            "0080, 8",
            "000001, 23",
            "0000000000, 40",
    })
    void leadingZeroBitsAreCountedAcrossBytes(String hex, int bits) {
        assertThat(WorkProof.leadingZeroBits(HexFormat.of().parseHex(hex))).isEqualTo(bits);
    }

    @Test
    void aNonceThatDoesTheWorkSolvesTheChallengeAndOneThatDoesNotFails() {
        var challenge = new WorkChallenge("9f86d081884c7d659a2feaa0c55ad015", 12);
        var solution = TestWork.solve(challenge);

        assertThat(WorkProof.solves(challenge.challenge(), solution.nonce(), 12)).isTrue();
        assertThat(WorkProof.solves(challenge.challenge(), TestWork.wrong(challenge).nonce(), 12)).isFalse();
        assertThat(WorkProof.solves(challenge.challenge(), solution.nonce(), 40)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"''", "-1", "12a", "1 2", "123456789012345678901", "１２"})
    void aNonceIsUpToTwentyDecimalDigits(String nonce) {
        assertThat(WorkProof.solves("challenge", nonce, 0)).isFalse();
    }
}
