package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.candour.identity.Role;
import org.candour.identity.GrantDecision;
import org.candour.identity.RoleGrants;
import org.candour.identity.StaffAccounts;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff sign in, an administrator opens an account, and its holder signs in with it. */
class StaffSignInIT extends BrowserTest {

    private static final String NEUTRAL_ERROR = "Incorrect username or password";

    @Autowired
    StaffAccounts accounts;
    @Autowired
    RoleGrants grants;

    @Test
    void anAdministratorCreatesACaseworkerWhoThenSignsIn() {
        var admin = accounts.open(TestStaff.account("admin", Role.ADMIN));
        var pages = new StaffPages(browser);
        browser.open("");
        assertThat(browser.text(".service-nav")).contains("Staff sign in").doesNotContain("Staff area");

        assertThat(pages.signInToStaffHome(admin.username(), TestStaff.PASSWORD))
                .isEqualTo("Welcome, " + admin.displayName());
        assertThat(browser.text(".service-nav")).contains("Staff area", "Sign out").doesNotContain("Staff sign in");
        assertThat(browser.text("#staff-roles")).contains("Administrator");
        browser.screenshot("staff-01-admin-home");
        browser.checkAccessibility("admin home");

        pages.openAccounts();
        browser.waitForText("#accounts", admin.username());
        browser.screenshot("staff-02-accounts");
        browser.checkAccessibility("accounts");
        String username = "amara.okafor-" + ProcessHandle.current().pid();
        pages.createAccount(username, "Amara Okafor", Set.of(Role.CASEWORKER), "a long enough passphrase");
        assertThat(browser.waitForText(".success-banner", "is open").getText())
                .contains("The account " + username + " is open", "Give the initial password to Amara Okafor");
        assertThat(browser.text("#account-status")).isEqualTo("Status: Active");
        browser.screenshot("staff-04-account-created");
        browser.checkAccessibility("account created");
        approveAsAnotherAdministrator(username, Role.CASEWORKER);

        pages.signOutFromNavigation();
        assertThat(pages.signInToStaffHome(username.toUpperCase(), "a long enough passphrase"))
                .isEqualTo("Welcome, Amara Okafor");
        assertThat(browser.pageText()).contains("Caseworker", "Search requests", "Workflow analytics")
                .doesNotContain("Manage staff accounts");
        browser.screenshot("staff-05-caseworker-home");
        browser.checkAccessibility("caseworker home");
    }

    /** A role that reads personal data is the account's once a second administrator approves it (RoleApprovalJourneyIT). */
    private void approveAsAnotherAdministrator(String username, Role role) {
        var approver = accounts.open(TestStaff.account("approver", Role.ADMIN));
        var account = accounts.findByUsername(username).orElseThrow();
        var grant = grants.waiting().stream().filter(g -> g.accountId().equals(account.id()) && g.role() == role)
                .findFirst().orElseThrow();
        assertThat(grants.approve(grant.id(), grant.version(), approver.username())).isEqualTo(GrantDecision.APPROVED);
    }

    @Test
    void aNewAccountWithProblemsIsNotCreatedAndEachProblemIsShown() {
        var admin = accounts.open(TestStaff.account("admin", Role.ADMIN));
        var pages = new StaffPages(browser);
        pages.signInToStaffHome(admin.username(), TestStaff.PASSWORD);
        pages.openAccounts();

        pages.createAccount(admin.username(), "", Set.of(), "password1234");

        assertThat(browser.waitForText(".error-summary", "There is a problem").getText()).contains(
                "An account with this username already exists", "Enter the person's name",
                "Choose at least one role", "This password is too common");
        assertThat(browser.currentPath()).isEqualTo("staff/accounts/new");
        browser.screenshot("staff-06-new-account-errors");
        browser.checkAccessibility("errors shown");
    }

    @Test
    void aWrongPasswordShowsTheNeutralErrorAndStaysSignedOut() {
        var caseworker = accounts.open(TestStaff.account("caseworker", Role.CASEWORKER));
        var pages = new StaffPages(browser);

        pages.signIn(caseworker.username(), "not the right password");

        browser.waitForPath("login?error");
        assertThat(browser.waitForText("vaadin-login-form", NEUTRAL_ERROR).getText())
                .contains("Check both and try again");
        assertThat(browser.text(".service-nav")).contains("Staff sign in");
        browser.screenshot("staff-07-wrong-password");
        browser.checkAccessibility("sign-in error shown");
    }
}
