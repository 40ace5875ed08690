package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.notifications.DemoMailbox;
import org.candour.notifications.ReceivedMail;
import org.candour.requests.RequestFilingService;
import org.candour.shared.LondonTime;
import org.candour.support.TestRequests;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A requester who lost their secret asks for a link, opens it from the email the real mail server received, sets
 * a new secret; the old one is refused and the new one works; the used link then gets its clear page.
 */
class LostSecretJourneyIT extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("(track/new-secret\\?token=[A-Za-z0-9_-]{43})");

    @Autowired
    RequestFilingService filing;
    @Autowired
    DemoMailbox mailbox;
    @Autowired
    StaffAccounts accounts;

    @Test
    void aLostSecretIsResetFromTheEmailedLinkAndTheOldOneIsRefused() {
        var receipt = filing.file(TestRequests.valid(LocalDate.now(LondonTime.ZONE).minusDays(2)));
        var tracking = new TrackingPage(browser);

        tracking.askForNewSecretLink(receipt.reference(), TestRequests.EMAIL);
        String link = emailedLink(receipt.reference());
        String newSecret = tracking.setNewSecret(link);

        assertThat(newSecret).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}").isNotEqualTo(receipt.trackingSecret());
        tracking.track(receipt.reference(), receipt.trackingSecret());
        assertThat(browser.waitForText(".error-summary", "could not find").getText())
                .contains("We could not find a request with that reference and secret");
        tracking.track(receipt.reference(), newSecret);
        browser.waitForText("#request-state", "RECEIVED");
        assertThat(browser.pageText()).contains("You set a new tracking secret.");

        browser.open(link);
        assertThat(browser.pageText()).contains("This link has expired or has already been used",
                "Nothing has changed");
    }

    @Test
    void administratorsReadWhatWasSentInTheDemoMailbox() {
        var receipt = filing.file(TestRequests.valid(LocalDate.now(LondonTime.ZONE).minusDays(2)));
        var admin = accounts.open(TestStaff.account("admin", Role.ADMIN));
        await().atMost(Duration.ofSeconds(60)).until(() -> mailbox.messages().stream()
                .anyMatch(m -> m.subject().contains(receipt.reference())));

        new StaffPages(browser).signInToStaffHome(admin.username(), TestStaff.PASSWORD);
        browser.click("#staff-pages a[href='staff/demo-mailbox']");
        browser.waitForPath("staff/demo-mailbox");
        browser.waitForText("#mailbox", "We have received your request (" + receipt.reference() + ")");
        browser.click("#mailbox vaadin-details");
        browser.waitForText("#mailbox", "Dear " + TestRequests.NAME);
        browser.screenshot("14-demo-mailbox");
        browser.checkAccessibility("demo mailbox");
        assertThat(browser.pageText()).doesNotContain(receipt.trackingSecret());
    }

    private String emailedLink(String reference) {
        await().atMost(Duration.ofSeconds(60)).until(() -> resetMail(reference) != null);
        var matcher = LINK.matcher(resetMail(reference).text());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private ReceivedMail resetMail(String reference) {
        return mailbox.messages().stream().filter(m -> m.subject().contains("Set a new tracking secret (" + reference))
                .findFirst().orElse(null);
    }
}
