package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.candour.requests.TrackingOutcome.Found;
import org.candour.requests.TrackingOutcome.NotFound;
import org.candour.requests.TrackingOutcome.TooManyAttempts;
import org.candour.requests.domain.TrackingSecret;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@Import(ClockTestConfiguration.class)
class RequestTrackingServiceIT {

    @Autowired
    RequestFilingService filing;
    @Autowired
    RequestTrackingService tracking;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private FilingReceipt receipt;

    @BeforeEach
    void fileARequest() {
        // Each test starts a day later, so the rate-limit windows of earlier tests have passed.
        clock.advance(Duration.ofDays(1));
        receipt = filing.file(TestRequests.valid(LocalDate.of(2026, 11, 20)));
    }

    @Test
    void theRightReferenceAndSecretShowTheStatusWithoutPersonalData() {
        var outcome = tracking.track(receipt.reference(), receipt.trackingSecret(), "client-a");

        assertThat(outcome).isInstanceOfSatisfying(Found.class, found -> {
            var status = found.status();
            assertThat(status.reference()).isEqualTo(receipt.reference());
            assertThat(status.stateName()).isEqualTo("Received");
            assertThat(status.deadline().status()).isEqualTo(ClockStatus.NOT_STARTED);
            assertThat(status.boroughName()).isEqualTo("Lambeth");
            assertThat(status.footageDeletionDate()).isEqualTo(LocalDate.of(2026, 12, 21));
            assertThat(status.timeline()).extracting(RequestStatus.Event::text).containsExactly("We received your request.");
            assertThat(status.toString()).doesNotContain(TestRequests.NAME, TestRequests.EMAIL);
        });
    }

    @Test
    void typedDetailsAreForgivingAboutCaseSpacesAndDashes() {
        String typedSecret = " " + receipt.trackingSecret().toLowerCase().replace("-", " ") + " ";
        assertThat(tracking.track(receipt.reference().toLowerCase() + " ", typedSecret, "client-a"))
                .isInstanceOf(Found.class);
    }

    @Test
    void aWrongSecretAndAnUnknownReferenceGetTheSameNeutralAnswer() {
        assertThat(tracking.track(receipt.reference(), TrackingSecret.generate(), "client-b"))
                .isEqualTo(new NotFound());
        assertThat(tracking.track("BWV-2026-999999", receipt.trackingSecret(), "client-b"))
                .isEqualTo(new NotFound());
        assertThat(tracking.track("nonsense", "nonsense", "client-b")).isEqualTo(new NotFound());
    }

    @Test
    void guessingOneReferenceFromManyClientsStopsTheGuessersButNotTheRequester() {
        for (int i = 0; i < 5; i++) {
            assertThat(tracking.track(receipt.reference(), TrackingSecret.generate(), "198.51.100." + i))
                    .isInstanceOf(NotFound.class);
        }

        assertThat(tracking.track(receipt.reference(), TrackingSecret.generate(), "198.51.100.0"))
                .isInstanceOf(TooManyAttempts.class);
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "198.51.100.4"))
                .isInstanceOf(TooManyAttempts.class);
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "203.0.113.77"))
                .isInstanceOf(Found.class);

        clock.advance(Duration.ofMinutes(15));
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "198.51.100.4"))
                .isInstanceOf(Found.class);
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        for (int i = 0; i < 10; i++) {
            assertThat(tracking.track("BWV-2026-%06d".formatted(910_000 + i), "AAAA-BBBB-CCCC-DDDD",
                    "2001:db8:77:1::" + Integer.toHexString(i + 1))).isInstanceOf(NotFound.class);
        }

        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "2001:db8:77:1:abcd::1"))
                .isInstanceOf(TooManyAttempts.class);
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "2001:db8:77:2::1"))
                .isInstanceOf(Found.class);
    }

    @Test
    void successfulLookUpsDoNotCount() {
        for (int i = 0; i < 30; i++) {
            assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "192.0.2.44"))
                    .isInstanceOf(Found.class);
        }
    }

    @Test
    void oneClientGuessingManyReferencesIsStoppedAfterTenFailures() {
        for (int i = 0; i < 10; i++) {
            assertThat(tracking.track("BWV-2026-%06d".formatted(900_000 + i), "AAAA-BBBB-CCCC-DDDD", "client-greedy"))
                    .isInstanceOf(NotFound.class);
        }
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "client-greedy"))
                .isInstanceOfSatisfying(TooManyAttempts.class,
                        t -> assertThat(t.tryAgainAfter()).isAfter(clock.instant()));
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "client-other"))
                .isInstanceOf(Found.class);
    }

    @Test
    void onlyAHashOfTheGuessersAddressIsStored() {
        tracking.track(receipt.reference(), "AAAA-BBBB-CCCC-DDDD", "198.51.100.61");

        assertThat(jdbc.queryForObject("select count(*) from attempt where scope like 'tracking-client%'",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from attempt where attempt_key like '%198.51.100%'",
                Integer.class)).isZero();
    }

    @Test
    void anOversizedReferenceIsAnsweredAndCountedLikeAnyWrongOne() {
        String huge = "BWV-" + "9".repeat(5_000);
        for (int i = 0; i < 5; i++) {
            assertThat(tracking.track(huge, "AAAA-BBBB-CCCC-DDDD", "198.51.100." + (70 + i)))
                    .isInstanceOf(NotFound.class);
        }
        assertThat(tracking.track(huge, "AAAA-BBBB-CCCC-DDDD", "198.51.100.70"))
                .isInstanceOf(TooManyAttempts.class);
    }
}
