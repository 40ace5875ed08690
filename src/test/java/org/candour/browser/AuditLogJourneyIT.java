package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.candour.audit.AuditLog;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator reads the audit log and checks its chain; other staff cannot open it. */
class AuditLogJourneyIT extends BrowserTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditLog log;

    @Test
    void anAdministratorFindsEntriesAndSeesTheChainIsIntact() {
        var admin = accounts.open(TestStaff.account("audit-admin", Role.ADMIN));
        String reference = "BWV-2026-" + UUID.randomUUID().toString().substring(0, 6);
        log.record("caseworker-7", "VIEWED_REQUESTER_DETAILS", reference, "to check the identity documents");
        log.record("supervisor-2", "REFUSAL_SIGNED_OFF", reference, "s.45(4)(b): prejudice to a prosecution");
        var staff = new StaffPages(browser);
        staff.signInToStaffHome(admin.username(), TestStaff.PASSWORD);
        assertThat(browser.text("#staff-pages")).contains("Audit log to every view of personal data");

        staff.openAuditLog();
        browser.type("filter-subject", reference);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> staff.auditCells().stream()
                .filter(cell -> cell.startsWith("BWV-") || cell.startsWith("TEST-")).allMatch(reference::equals));
        var cells = staff.auditCells();
        assertThat(cells).contains("caseworker-7", "Viewed requester details", "Refusal signed off", reference,
                "s.45(4)(b): prejudice to a prosecution");
        assertThat(cells.indexOf("supervisor-2")).as("newest first").isLessThan(cells.indexOf("caseworker-7"));
        browser.screenshot("audit-01-log-filtered");
        browser.checkAccessibility("log filtered");

        assertThat(staff.verifyAuditChain()).startsWith("The chain is intact, ").endsWith(" entries");
        assertThat(browser.find("#chain-status").getAttribute("class")).contains("chain-intact");
        browser.screenshot("audit-02-chain-intact");
        browser.checkAccessibility("chain intact");
    }

    @Test
    void aSignedInAdministratorCanAlsoAskTheApiInTheSameSession() {
        var admin = accounts.open(TestStaff.account("audit-admin", Role.ADMIN));
        new StaffPages(browser).signInToStaffHome(admin.username(), TestStaff.PASSWORD);

        String json = browser.openWithoutVaadin("api/v1/audit/verification");

        assertThat(json).contains("\"intact\":true", "\"entriesChecked\":");
    }

    @Test
    void aSupervisorIsRefusedTheAuditLog() {
        var supervisor = accounts.open(TestStaff.account("audit-supervisor", Role.SUPERVISOR, Role.CASEWORKER));
        new StaffPages(browser).signInToStaffHome(supervisor.username(), TestStaff.PASSWORD);
        assertThat(browser.text("#staff-pages")).doesNotContain("Audit log");

        browser.open("staff/audit");

        assertThat(browser.waitForText("main h1", "Page not found").isDisplayed()).isTrue();
        assertThat(browser.findAll("#audit-entries")).isEmpty();
    }
}
