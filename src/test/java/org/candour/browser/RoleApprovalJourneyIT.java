package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One administrator gives a new account the caseworker role; its holder has no casework until a second
 * administrator approves it on the staff accounts page, and then has.
 */
class RoleApprovalJourneyIT extends BrowserTest {

    @Autowired
    StaffAccounts accounts;

    @Test
    void aCaseworkerRoleGivenByOneAdministratorWorksOnlyOnceAnotherHasApprovedIt() {
        var ada = accounts.open(TestStaff.account("ada", Role.ADMIN));
        var ben = accounts.open(TestStaff.account("ben", Role.ADMIN));
        String newcomer = TestStaff.account("newcomer").username();
        String waitingItem = "#waiting-grants li[data-username='" + newcomer + "']";
        var pages = new StaffPages(browser);

        pages.signInToStaffHome(ada.username(), TestStaff.PASSWORD);
        pages.openAccounts();
        pages.createAccount(newcomer, "Nia Newcomer", Set.of(Role.CASEWORKER), TestStaff.PASSWORD);
        assertThat(browser.waitForText(".success-banner", "is open").getText())
                .contains("Caseworker waits for another administrator's approval");
        assertThat(browser.text("#waiting-roles")).contains("waiting for approval: Caseworker");
        browser.checkAccessibility("account opened, role waiting for approval");

        browser.open("staff/accounts");
        assertThat(browser.waitForText(waitingItem, "You asked for this").getText())
                .contains("Caseworker for Nia Newcomer (" + newcomer + "), asked for by " + ada.username());
        assertThat(browser.findAll(waitingItem + " .approve")).isEmpty();
        browser.waitForText("#accounts", "waiting for approval: Caseworker");
        browser.screenshot("staff-12-waiting-for-approval-own");
        browser.checkAccessibility("waiting for approval, asked by me");
        pages.signOutFromNavigation();

        pages.signInToStaffHome(newcomer, TestStaff.PASSWORD);
        assertThat(browser.text("#roles-waiting")).contains("Waiting for another administrator's approval: "
                + "Caseworker");
        assertThat(browser.pageText()).contains("You have no roles yet", "There are no staff pages for your roles")
                .doesNotContain("Casework queue");
        browser.checkAccessibility("staff home, role waiting");
        browser.open("staff/queue");
        browser.waitForText("main h1", "Page not found");
        pages.signOutFromNavigation();

        pages.signInToStaffHome(ben.username(), TestStaff.PASSWORD);
        pages.openAccounts();
        browser.find(waitingItem + " .approve");
        browser.screenshot("staff-13-waiting-for-approval");
        browser.checkAccessibility("waiting for approval");
        browser.click(waitingItem + " .approve");
        assertThat(browser.waitForText(".success-banner", "is approved").getText())
                .contains("Caseworker for " + newcomer + " is approved");
        assertThat(browser.findAll(waitingItem)).isEmpty();
        browser.checkAccessibility("approved");
        pages.signOutFromNavigation();

        pages.signInToStaffHome(newcomer, TestStaff.PASSWORD);
        assertThat(browser.text("#staff-roles")).contains("Caseworker");
        browser.click("#staff-pages a[href='staff/queue']");
        browser.waitForPath("staff/queue");
        browser.waitForText("main h1", "Casework queue");
    }
}
