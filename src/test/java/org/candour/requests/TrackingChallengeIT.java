package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.candour.requests.TrackingOutcome.ChallengeNeeded;
import org.candour.requests.TrackingOutcome.Found;
import org.candour.requests.TrackingOutcome.NotFound;
import org.candour.requests.TrackingOutcome.TooManyAttempts;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.candour.support.TestWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A connection near its limit of failed look-ups (a shared one: an advice centre, a library) is checked with a
 * proof of work before each look-up from the form, instead of being refused; at the limit it is refused.
 */
@SpringBootTest(properties = {"candour.tracking.challenge-from-failures=2",
        "candour.tracking.max-failures-per-client=4", "candour.requests.work-challenge.difficulty=8"})
@Import(ClockTestConfiguration.class)
class TrackingChallengeIT {

    private static final String WRONG = "AAAA-BBBB-CCCC-DDDD";

    @Autowired
    RequestFilingService filing;
    @Autowired
    RequestTrackingService tracking;
    @Autowired
    MutableClock clock;

    private FilingReceipt receipt;

    @BeforeEach
    void fileARequest() {
        clock.advance(Duration.ofDays(1));
        receipt = filing.file(TestRequests.valid(LocalDate.of(2026, 11, 20)));
    }

    private TrackingOutcome guess(String client, int n) {
        return tracking.track("BWV-2026-%06d".formatted(800_000 + n), WRONG, client, null);
    }

    @Test
    void nearItsLimitAClientIsCheckedThenFindsItsRequest() {
        assertThat(guess("192.0.2.50", 1)).isInstanceOf(NotFound.class);
        assertThat(guess("192.0.2.50", 2)).isInstanceOf(NotFound.class);

        var needed = tracking.track(receipt.reference(), receipt.trackingSecret(), "192.0.2.50", null);
        assertThat(needed).isInstanceOf(ChallengeNeeded.class);
        var solution = TestWork.solve(((ChallengeNeeded) needed).challenge());
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "192.0.2.50", solution))
                .isInstanceOf(Found.class);
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "192.0.2.50", solution))
                .as("the same solution again").isInstanceOf(ChallengeNeeded.class);
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "192.0.2.51", null))
                .as("another connection").isInstanceOf(Found.class);
    }

    @Test
    void aCheckedGuessStillCountsAndAtTheLimitTheClientIsRefused() {
        guess("192.0.2.60", 1);
        guess("192.0.2.60", 2);
        for (int n = 3; n <= 4; n++) {
            var challenge = ((ChallengeNeeded) guess("192.0.2.60", n)).challenge();
            assertThat(tracking.track("BWV-2026-%06d".formatted(800_000 + n), WRONG, "192.0.2.60",
                    TestWork.solve(challenge))).isInstanceOf(NotFound.class);
        }
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "192.0.2.60", null))
                .isInstanceOf(TooManyAttempts.class);
    }

    @Test
    void successfulLookUpsNeverBringTheCheck() {
        for (int i = 0; i < 10; i++) {
            assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "192.0.2.70", null))
                    .isInstanceOf(Found.class);
        }
    }
}
