package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.LongStream;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.identity.domain.TotpCodes;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Two-factor sign-in (issue 18): a caseworker enrols an authenticator app at the first sign-in and saves recovery
 * codes; no staff page opens before the code; a code cannot be used twice; a recovery code works once; over HTTP
 * Basic an administrator gets nothing, since Basic cannot give a code.
 */
@TestPropertySource(properties = "candour.identity.two-factor.required=true")
class TwoFactorJourneyIT extends BrowserTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCaseworkerEnrolsAnAppSignsInWithItsCodesAndWithARecoveryCodeOnce() {
        var caseworker = accounts.open(TestStaff.account("casey", Role.CASEWORKER));
        var staff = new StaffPages(browser);

        staff.signIn(caseworker.username(), TestStaff.PASSWORD);
        browser.waitForPath("staff/two-factor");
        browser.waitForText("main h1", "Set up two-factor sign-in");
        browser.open("staff/queue");
        browser.waitForPath("staff/two-factor");
        assertThat(browser.find("#totp-qr").getAttribute("alt")).contains("QR code");
        String secret = browser.text("#totp-secret").replace(" ", "");
        browser.screenshot("two-factor-01-enrol");
        browser.checkAccessibility("enrolment");

        browser.type("code", wrongCode(secret));
        browser.click("#verify-code");
        browser.waitForText(".error-summary", "That code is not right");
        browser.checkAccessibility("wrong code shown");
        long step = TotpCodes.stepAt(clock.instant());
        browser.type("code", TotpCodes.codeAt(secret, step));
        browser.click("#verify-code");
        List<String> recovery = browser.waitForText("#recovery-codes", "").findElements(
                org.openqa.selenium.By.cssSelector("li")).stream().map(WebElement::getText).toList();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        browser.screenshot("two-factor-02-recovery-codes");
        browser.checkAccessibility("recovery codes");
        browser.click("#recovery-saved");
        browser.waitForPath("staff");
        browser.waitForText("main h1", "Welcome");
        browser.open("staff/queue");
        browser.waitForPath("staff/queue");
        staff.signOutFromNavigation();

        staff.signIn(caseworker.username(), TestStaff.PASSWORD);
        browser.waitForText("main h1", "Enter your sign-in code");
        browser.type("code", TotpCodes.codeAt(secret, step));
        browser.click("#verify-code");
        browser.waitForText(".error-summary", "it has been used already");
        browser.click("vaadin-details");
        browser.type("recovery-code", recovery.getFirst());
        browser.click("#use-recovery-code");
        browser.waitForPath("staff");
        browser.waitForText("main h1", "Welcome");
        staff.signOutFromNavigation();

        staff.signIn(caseworker.username(), TestStaff.PASSWORD);
        browser.waitForText("main h1", "Enter your sign-in code");
        browser.click("vaadin-details");
        browser.type("recovery-code", recovery.getFirst());
        browser.click("#use-recovery-code");
        browser.waitForText(".error-summary", "That recovery code is not right");
        assertThat(browser.currentPath()).isEqualTo("staff/two-factor");

        await().atMost(Duration.ofSeconds(60)).until(() -> audited(caseworker.username(), "TWO_FACTOR_ENROLLED") == 1
                && audited(caseworker.username(), "RECOVERY_CODE_USED") == 1);
    }

    @Test
    void anAdministratorGetsNothingOverHttpBasicWhereNoCodeCanBeGiven() throws Exception {
        var admin = accounts.open(TestStaff.account("admin", Role.ADMIN));
        var monitor = accounts.open(TestStaff.account("monitor", Role.MONITORING));

        assertThat(basic(admin.username(), "/api/v1/audit/verification")).isEqualTo(403);
        assertThat(basic(monitor.username(), "/api/v1/audit/verification")).isEqualTo(200);
    }

    private int basic(String username, String path) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + TestStaff.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", "198.51.100.77")
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** Six digits that are none of the codes accepted now. */
    private String wrongCode(String secret) {
        long step = TotpCodes.stepAt(clock.instant());
        var accepted = LongStream.rangeClosed(step - 2, step + 2).mapToObj(s -> TotpCodes.codeAt(secret, s)).toList();
        return LongStream.range(0, 20).mapToObj(n -> String.format("%06d", n * 111_111 % 1_000_000))
                .filter(code -> !accepted.contains(code)).findFirst().orElseThrow();
    }

    private int audited(String username, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?",
                Integer.class, action, username);
    }
}
