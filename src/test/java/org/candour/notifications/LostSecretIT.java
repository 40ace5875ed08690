package org.candour.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.candour.requests.FilingReceipt;
import org.candour.requests.LostSecrets;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequestTrackingService;
import org.candour.requests.ResetAsk;
import org.candour.requests.TrackingOutcome;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lost tracking secret, through the real mail server: the link is emailed only when reference and address match,
 * works once for 60 minutes, replaces the secret, and its token is never stored in the clear.
 */
@SpringBootTest(properties = {"candour.tracking.reset.max-asks-per-client=1000",
        "candour.tracking.reset.max-asks-per-reference=3"})
@Import(ClockTestConfiguration.class)
class LostSecretIT {

    private static final Pattern LINK = Pattern.compile("track/new-secret\\?token=([A-Za-z0-9_-]{43})");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    RequestFilingService filing;
    @Autowired
    RequestTrackingService tracking;
    @Autowired
    LostSecrets lostSecrets;
    @Autowired
    DemoMailbox mailbox;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private FilingReceipt receipt;

    @BeforeEach
    void fileARequest() {
        clock.advance(Duration.ofDays(1));
        receipt = filing.file(TestRequests.valid(LondonTime.today(clock).minusDays(3)));
    }

    @Test
    void theEmailedLinkSetsANewSecretOnceAndTheOldOneStopsWorking() {
        var asked = lostSecrets.ask(receipt.reference().toLowerCase(), " " + TestRequests.EMAIL.toUpperCase(), "c1");

        assertThat(asked).isInstanceOf(ResetAsk.Asked.class);
        String token = awaitToken();
        assertThat(lostSecrets.isUsable(token)).isTrue();
        var mail = resetMails().getFirst();
        assertThat(mail.text()).contains("Dear " + TestRequests.NAME, "works once, until")
                .doesNotContain(receipt.trackingSecret());
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Integer.class, "%" + token + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from secret_reset where token_hash = ?", Integer.class,
                token)).isZero();

        String newSecret = lostSecrets.setNewSecret(token).orElseThrow();

        assertThat(newSecret).isNotEqualTo(receipt.trackingSecret());
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "c2"))
                .isInstanceOf(TrackingOutcome.NotFound.class);
        assertThat(tracking.track(receipt.reference(), newSecret, "c2")).isInstanceOf(TrackingOutcome.Found.class);
        assertThat(lostSecrets.isUsable(token)).isFalse();
        assertThat(lostSecrets.setNewSecret(token)).isEmpty();
        assertThat(tracking.track(receipt.reference(), newSecret, "c2")).isInstanceOf(TrackingOutcome.Found.class);
        assertThat(audited("TRACKING_SECRET_RESET_ASKED")).isEqualTo(1);
        await().atMost(WAIT).until(() -> audited("TRACKING_SECRET_REPLACED") == 1);

        await().atMost(WAIT).until(() -> mails("Your tracking secret has been changed").size() == 1);
        assertThat(mails("Your tracking secret has been changed").getFirst().text())
                .contains("Dear " + TestRequests.NAME, "The old secret no longer works", "If you did not do this")
                .doesNotContain(newSecret, receipt.trackingSecret(), token);
    }

    @Test
    void aWrongAddressOrReferenceGetsTheSameAnswerAndNoEmail() {
        assertThat(lostSecrets.ask(receipt.reference(), "someone.else@example.org", "c3"))
                .isInstanceOf(ResetAsk.Asked.class);
        assertThat(lostSecrets.ask("BWV-1999-999999", TestRequests.EMAIL, "c3")).isInstanceOf(ResetAsk.Asked.class);
        assertThat(lostSecrets.ask("not a reference", TestRequests.EMAIL, "c3")).isInstanceOf(ResetAsk.Asked.class);
        lostSecrets.ask(receipt.reference(), TestRequests.EMAIL, "c3");

        awaitToken();
        assertThat(resetMails()).hasSize(1);
        await().atMost(WAIT).until(() -> audited("TRACKING_SECRET_RESET_ASKED") == 2);
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "c4"))
                .isInstanceOf(TrackingOutcome.Found.class);
    }

    @Test
    void aLinkExpiresAfterSixtyMinutesAndNothingChanges() {
        lostSecrets.ask(receipt.reference(), TestRequests.EMAIL, "c5");
        String token = awaitToken();

        clock.advance(Duration.ofMinutes(60));

        assertThat(lostSecrets.isUsable(token)).isFalse();
        assertThat(lostSecrets.setNewSecret(token)).isEmpty();
        assertThat(lostSecrets.setNewSecret("made-up-token")).isEmpty();
        assertThat(tracking.track(receipt.reference(), receipt.trackingSecret(), "c6"))
                .isInstanceOf(TrackingOutcome.Found.class);
    }

    @Test
    void asksAreLimitedPerReference() {
        for (int i = 0; i < 3; i++) {
            assertThat(lostSecrets.ask(receipt.reference(), "wrong" + i + "@example.org", "client-" + i))
                    .isInstanceOf(ResetAsk.Asked.class);
        }

        assertThat(lostSecrets.ask(receipt.reference(), TestRequests.EMAIL, "client-9"))
                .isInstanceOf(ResetAsk.TooManyAttempts.class);
        clock.advance(Duration.ofHours(1));
        assertThat(lostSecrets.ask(receipt.reference(), TestRequests.EMAIL, "client-9"))
                .isInstanceOf(ResetAsk.Asked.class);
    }

    private String awaitToken() {
        await().atMost(WAIT).until(() -> !resetMails().isEmpty());
        var matcher = LINK.matcher(resetMails().getFirst().text());
        assertThat(matcher.find()).as("a link in the email").isTrue();
        return matcher.group(1);
    }

    private List<ReceivedMail> resetMails() {
        return mails("Set a new tracking secret");
    }

    private List<ReceivedMail> mails(String subject) {
        return mailbox.messages().stream()
                .filter(m -> m.subject().equals(subject + " (" + receipt.reference() + ")")).toList();
    }

    private int audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?",
                Integer.class, action, receipt.reference());
    }
}
