package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.candour.requests.FilingOutcome.ChallengeNeeded;
import org.candour.requests.FilingOutcome.Filed;
import org.candour.requests.FilingOutcome.TooManyFilings;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.candour.support.TestWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Filing from the public form, with one free filing per client an hour, a second only after a proof-of-work
 * check, and no third. Each test is a client of its own.
 */
@SpringBootTest(properties = {"candour.requests.filing-limit.challenge-from=1",
        "candour.requests.filing-limit.max-per-client=2", "candour.requests.filing-limit.window=PT1H",
        "candour.requests.work-challenge.difficulty=8"})
@Import(ClockTestConfiguration.class)
class PublicFilingIT {

    private static final LocalDate INCIDENT = LocalDate.of(2026, 11, 20);

    @Autowired
    PublicFiling filing;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startOfTheDay() {
        clock.set(ClockTestConfiguration.START);
    }

    private FilingOutcome file(String client, WorkSolution solution) {
        return filing.file(TestRequests.valid(INCIDENT), null, client, solution);
    }

    private long filed() {
        return jdbc.queryForObject("select count(*) from footage_request", Long.class);
    }

    @Test
    void aClientFilesFreelyThenAfterACheckThenIsToldWhenToTryAgain() {
        Instant first = clock.instant();
        assertThat(file("198.51.100.1", null)).isInstanceOf(Filed.class);
        clock.advance(Duration.ofMinutes(5));

        var needed = file("198.51.100.1", null);
        assertThat(needed).isInstanceOf(ChallengeNeeded.class);
        var solved = TestWork.solve(((ChallengeNeeded) needed).challenge());
        assertThat(file("198.51.100.1", solved)).isInstanceOf(Filed.class);

        assertThat(file("198.51.100.1", null)).isInstanceOfSatisfying(TooManyFilings.class,
                tooMany -> assertThat(tooMany.tryAgainAfter()).isEqualTo(first.plus(Duration.ofHours(1))));
        assertThat(file("198.51.100.2", null)).as("another client").isInstanceOf(Filed.class);

        clock.set(first.plus(Duration.ofHours(1)));
        assertThat(file("198.51.100.1", null)).as("the first filing has left the window")
                .isInstanceOf(ChallengeNeeded.class);
    }

    @Test
    void aWrongOrReplayedSolutionFilesNothingAndGetsANewChallenge() {
        Instant first = clock.instant();
        assertThat(file("198.51.100.10", null)).isInstanceOf(Filed.class);
        clock.advance(Duration.ofMinutes(30));
        var challenge = ((ChallengeNeeded) file("198.51.100.10", null)).challenge();
        long before = filed();

        var wrong = file("198.51.100.10", TestWork.wrong(challenge));
        assertThat(wrong).isInstanceOf(ChallengeNeeded.class);
        assertThat(((ChallengeNeeded) wrong).challenge().challenge()).isNotEqualTo(challenge.challenge());
        assertThat(filed()).isEqualTo(before);

        assertThat(file("198.51.100.10", TestWork.solve(challenge))).isInstanceOf(Filed.class);
        clock.set(first.plus(Duration.ofHours(1)));
        assertThat(file("198.51.100.10", TestWork.solve(challenge))).as("replayed once a filing has left the window")
                .isInstanceOf(ChallengeNeeded.class);
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(file("2001:db8:5:6::1", null)).isInstanceOf(Filed.class);
        assertThat(file("2001:db8:5:6:ffff::2", null)).isInstanceOf(ChallengeNeeded.class);
        assertThat(file("2001:db8:5:7::1", null)).isInstanceOf(Filed.class);
    }

    @Test
    void aResubmittedFormIsNotCountedTwice() {
        var form = TestRequests.withKey(UUID.randomUUID(), INCIDENT);
        assertThat(filing.file(form, null, "198.51.100.30", null)).isInstanceOf(Filed.class);
        var again = filing.file(form, null, "198.51.100.30", null);
        assertThat(again).isInstanceOf(ChallengeNeeded.class);
        var replay = filing.file(form, null, "198.51.100.30", TestWork.solve(((ChallengeNeeded) again).challenge()));
        assertThat(replay).isInstanceOfSatisfying(Filed.class,
                filed -> assertThat(filed.receipt().trackingSecret()).isNull());
        assertThat(file("198.51.100.30", null)).as("still the second filing of the hour")
                .isInstanceOf(ChallengeNeeded.class);
    }

    @Test
    void onlyAHashOfTheAddressIsStored() {
        file("198.51.100.44", null);
        assertThat(jdbc.queryForObject("select count(*) from attempt where scope = 'filing-client' "
                + "and attempt_key like '%198.51.100%'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from attempt where scope = 'filing-client'", Integer.class))
                .isPositive();
    }
}
