package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.candour.shared.web.ClientHashes;
import org.candour.requests.internal.WorkChallenges;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A proof-of-work solution is accepted once, from the client it was given to, before it expires, and only if its
 * nonce does the work; a challenge the portal never gave is refused however well it is solved.
 */
@SpringBootTest(properties = {"candour.requests.work-challenge.difficulty=8",
        "candour.requests.work-challenge.lifetime=PT10M"})
@Import(ClockTestConfiguration.class)
class WorkChallengesIT {

    @Autowired
    WorkChallenges challenges;
    @Autowired
    ClientHashes clients;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private String client() {
        return clients.of("198.51.100.23");
    }

    @Test
    void theRightNonceFromTheSameClientIsAccepted() {
        var challenge = challenges.issue(client());
        assertThat(challenge.difficulty()).isEqualTo(8);
        assertThat(challenges.accept(TestWork.solve(challenge), client())).isTrue();
    }

    @Test
    void aWrongNonceIsRefusedAndDoesNotUseTheChallengeUp() {
        var challenge = challenges.issue(client());
        assertThat(challenges.accept(TestWork.wrong(challenge), client())).isFalse();
        assertThat(challenges.accept(TestWork.solve(challenge), client())).isTrue();
    }

    @Test
    void anExpiredChallengeIsRefused() {
        var challenge = challenges.issue(client());
        clock.advance(Duration.ofMinutes(10));
        assertThat(challenges.accept(TestWork.solve(challenge), client())).isFalse();
    }

    @Test
    void aReplayedSolutionIsRefused() {
        var solution = TestWork.solve(challenges.issue(client()));
        assertThat(challenges.accept(solution, client())).isTrue();
        assertThat(challenges.accept(solution, client())).isFalse();
    }

    @Test
    void aSolutionFromAnotherClientIsRefused() {
        var challenge = challenges.issue(client());
        assertThat(challenges.accept(TestWork.solve(challenge), clients.of("203.0.113.9"))).isFalse();
        assertThat(challenges.accept(TestWork.solve(challenge), client())).isTrue();
    }

    @Test
    void aForgedChallengeIsRefusedHoweverWellSolved() {
        var forged = new WorkChallenge("00112233445566778899aabbccddeeff", 8);
        assertThat(challenges.accept(TestWork.solve(forged), client())).isFalse();
        assertThat(challenges.accept(null, client())).isFalse();
    }

    @Test
    void aNeighbourInTheSameIpv6Slash64IsTheSameClient() {
        var challenge = challenges.issue(clients.of("2001:db8:1:2::10"));
        assertThat(challenges.accept(TestWork.solve(challenge), clients.of("2001:db8:1:2:abcd::99"))).isTrue();
    }

    @Test
    void theAddressItselfIsNotStored() {
        challenges.issue(clients.of("192.0.2.77"));
        assertThat(jdbc.queryForObject("select count(*) from work_challenge where client_hash like '%192.0.2%'",
                Integer.class)).isZero();
        assertThat(clients.of("192.0.2.77")).hasSize(64).isNotEqualTo(clients.of("192.0.2.78"));
    }
}
