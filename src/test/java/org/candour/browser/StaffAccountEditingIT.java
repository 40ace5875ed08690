package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.candour.identity.Role;
import org.candour.identity.StaffAccountSummary;
import org.candour.identity.StaffAccounts;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator changes accounts; a change made meanwhile by someone else is never overwritten. */
class StaffAccountEditingIT extends BrowserTest {

    private static final String ADMINISTRATOR = Role.ADMIN.label() + ": " + Role.ADMIN.description();
    private static final String SUPERVISOR = Role.SUPERVISOR.label() + ": " + Role.SUPERVISOR.description();

    @Autowired
    StaffAccounts accounts;

    private StaffAccountSummary admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = accounts.open(TestStaff.account("admin", Role.ADMIN));
        new StaffPages(browser).signInToStaffHome(admin.username(), TestStaff.PASSWORD);
    }

    @Test
    void aSecondSaveAfterSomeoneElsesChangeIsRefusedAndOverwritesNothing() {
        var caseworker = accounts.open(TestStaff.account("caseworker", Role.CASEWORKER));
        browser.open("staff/accounts/" + caseworker.id());
        browser.waitForText("main h1", caseworker.displayName());

        var otherAdminsChange = accounts.changeDetails(caseworker.id(), caseworker.version(), "Renamed Elsewhere",
                Set.of(Role.CASEWORKER), "another-admin");
        browser.check("roles", SUPERVISOR);
        browser.click("#save-details");

        assertThat(browser.waitForText(".error-summary", "There is a problem").getText())
                .contains("This account was changed by someone else. Reload and try again.");
        browser.screenshot("staff-09-changed-by-someone-else");
        browser.checkAccessibility("conflict error shown");
        assertThat(accounts.find(caseworker.id())).contains(otherAdminsChange);

        browser.open("staff/accounts/" + caseworker.id());
        browser.waitForText("main h1", "Renamed Elsewhere");
        browser.check("roles", SUPERVISOR);
        browser.click("#save-details");
        assertThat(browser.waitForText(".success-banner", "The name and roles are saved").getText())
                .contains("Supervisor waits for another administrator's approval");
        assertThat(browser.text("#waiting-roles")).contains("waiting for approval: Supervisor");
        var saved = accounts.find(caseworker.id()).orElseThrow();
        assertThat(saved.roles()).containsExactly(Role.CASEWORKER);
        assertThat(saved.waitingForApproval()).containsExactly(Role.SUPERVISOR);
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRoleNorDisableThemselves() {
        browser.open("staff/accounts/" + admin.id());
        browser.waitForText("main h1", admin.displayName());

        browser.check("roles", SUPERVISOR);
        browser.check("roles", ADMINISTRATOR);
        browser.click("#save-details");
        assertThat(browser.waitForText(".error-summary", "There is a problem").getText())
                .contains("You cannot remove your own administrator role");

        browser.click("#toggle-enabled");
        assertThat(browser.waitForText(".error-summary", "disable your own account").getText())
                .contains("You cannot disable your own account");
        browser.screenshot("staff-10-own-account");
        browser.checkAccessibility("own account");
        var unchanged = accounts.find(admin.id()).orElseThrow();
        assertThat(unchanged.roles()).containsExactly(Role.ADMIN);
        assertThat(unchanged.enabled()).isTrue();
    }

    @Test
    void anUnknownAccountIsPageNotFound() {
        browser.open("staff/accounts/" + UUID.randomUUID());

        assertThat(browser.waitForText("main h1", "Page not found").isDisplayed()).isTrue();
        assertThat(browser.text(".service-nav")).contains("Staff area");
    }

    @Test
    void anAdministratorDisablesAnAccountAndResetsItsPassword() {
        var caseworker = accounts.open(TestStaff.account("caseworker", Role.CASEWORKER));
        browser.open("staff/accounts/" + caseworker.id());
        browser.waitForText("main h1", caseworker.displayName());

        browser.click("#toggle-enabled");
        browser.waitForText(".success-banner", "The account is disabled");
        assertThat(browser.text("#account-status")).isEqualTo("Status: Disabled");
        assertThat(browser.text("#toggle-enabled")).isEqualTo("Enable account");

        browser.type("new-password", "short");
        browser.click("#reset-password");
        assertThat(browser.waitForText(".error-summary", "There is a problem").getText())
                .contains("The password must be at least 12 characters long");
        browser.type("new-password", "another fine passphrase");
        browser.click("#reset-password");
        browser.waitForText(".success-banner", "The password is reset");
        browser.screenshot("staff-11-password-reset");
        browser.checkAccessibility("password reset");
        assertThat(accounts.find(caseworker.id()).orElseThrow().enabled()).isFalse();
    }
}
