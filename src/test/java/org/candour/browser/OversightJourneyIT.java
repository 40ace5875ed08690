package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Objects;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.ComplaintBodySummary;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.requests.RequestFilingService;
import org.candour.support.TestComplaintBodies;
import org.candour.support.TestRequests;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Complaint bodies follow a request only when the link is earned: the requester shares it from the tracking page
 * (and says whether the body may see who they are), or a supervisor approves the link with a reason. Another body
 * sees nothing, and gets the same answer as for a request that does not exist.
 */
class OversightJourneyIT extends BrowserTest {

    private static final String PROPOSED = "will appear in your list";

    @Autowired
    StaffAccounts accounts;
    @Autowired
    ComplaintBodies bodies;
    @Autowired
    RequestFilingService filing;

    private ComplaintBodySummary iopc;
    private String iopcUser;
    private StaffPages staff;

    @BeforeEach
    void theIopc() {
        iopc = TestComplaintBodies.body(bodies, "IOPC");
        iopcUser = TestComplaintBodies.oversightIn(accounts, iopc, "iopc");
        staff = new StaffPages(browser);
    }

    @Test
    void aRequesterSharesWithTheIopcWhichSeesProgressAndIdentityWhileAnotherBodySeesNothing() {
        var receipt = filing.file(TestRequests.valid(LocalDate.now().minusDays(3)));
        String reference = receipt.reference();
        new TrackingPage(browser).track(reference, Objects.requireNonNull(receipt.trackingSecret()));
        browser.waitForText("main", "Share your request with a complaint body");
        browser.select("share-body", iopc.name());
        browser.type("share-complaint", "IOPC-2026-0042");
        browser.click("#share-identity");
        browser.screenshot("oversight-01-requester-shares");
        browser.checkAccessibility("requester shares");
        browser.click("#share-request");
        browser.waitForText(".success-banner", "including who you are");

        openOversight(iopcUser);
        assertThat(browser.findAll("#staff-pages a[href='staff/search']")).as("no search over all requests").isEmpty();
        link(reference, "IOPC-2026-0042");
        assertThat(browser.waitForText("#linked-requests", reference).getText())
                .contains("IOPC-2026-0042", "Clock not started");
        assertThat(browser.pageText()).doesNotContain(TestRequests.NAME);
        browser.click("#requester-" + reference);
        browser.waitForText("#oversight-requester", TestRequests.NAME);
        assertThat(browser.script("return [...document.querySelectorAll('#linked-requests vaadin-grid-cell-content')]"
                + ".filter(cell => cell.scrollWidth > cell.clientWidth + 1).map(cell => cell.textContent)"))
                .as("cells cut off").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
        browser.screenshot("oversight-02-iopc-sees-identity");
        browser.checkAccessibility("iopc sees identity");
        staff.signOutFromNavigation();

        var monitors = TestComplaintBodies.body(bodies, "Monitoring group");
        openOversight(TestComplaintBodies.oversightIn(accounts, monitors, "monitor"));
        link(reference, "MON-1");
        link("BWV-2026-999997", "MON-1");
        assertThat(browser.pageText()).doesNotContain(TestRequests.NAME);
        assertThat(browser.text("#linked-requests")).doesNotContain(reference);
        browser.screenshot("oversight-03-other-body-sees-nothing");
        browser.checkAccessibility("other body sees nothing");
    }

    @Test
    void anUnconsentedLinkWaitsForASupervisorAndThenShowsProgressButNotIdentity() {
        var receipt = filing.file(TestRequests.valid(LocalDate.now().minusDays(4)));
        String reference = receipt.reference();
        openOversight(iopcUser);
        link(reference, "IOPC-2026-0107");
        assertThat(browser.text("#linked-requests")).doesNotContain(reference);
        staff.signOutFromNavigation();

        var supervisor = accounts.open(TestStaff.account("sup", Role.SUPERVISOR, Role.CASEWORKER));
        staff.signInToStaffHome(supervisor.username(), TestStaff.PASSWORD);
        browser.click("#staff-pages a[href='staff/complaint-links']");
        browser.waitForText("#links-awaiting-approval", reference);
        String id = reference + "-IOPC-2026-0107";
        browser.type("approval-reason-" + id, "The IOPC cannot assess the complaint without the request's progress.");
        browser.screenshot("oversight-04-supervisor-approves");
        browser.checkAccessibility("supervisor approves");
        browser.click("#approve-" + id);
        browser.waitForText(".success-banner", "is approved");
        staff.signOutFromNavigation();

        openOversight(iopcUser);
        browser.waitForText("#linked-requests", reference);
        assertThat(browser.findAll("#requester-" + reference)).as("no identity without consent").isEmpty();
        assertThat(browser.pageText()).doesNotContain(TestRequests.NAME);
        browser.screenshot("oversight-05-approved-progress-only");
        browser.checkAccessibility("approved progress only");
    }

    private void openOversight(String username) {
        staff.signInToStaffHome(username, TestStaff.PASSWORD);
        browser.click("#staff-pages a[href='staff/oversight']");
        browser.waitForPath("staff/oversight");
    }

    private void link(String reference, String complaint) {
        browser.type("link-reference", reference);
        browser.type("complaint-reference", complaint);
        browser.click("#link-complaint");
        browser.waitForText(".success-banner", PROPOSED);
    }
}
