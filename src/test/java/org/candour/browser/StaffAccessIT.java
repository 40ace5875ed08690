package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff pages are for signed-in staff, and account management for administrators only. */
class StaffAccessIT extends BrowserTest {

    @Autowired
    StaffAccounts accounts;

    @Test
    void anAnonymousVisitorToAccountManagementIsSentToSignIn() {
        browser.open("staff/accounts");

        browser.waitForPath("login");
        assertThat(browser.pageText()).contains("Staff sign in").doesNotContain("Staff accounts");
    }

    @Test
    void anAnonymousVisitorToTheStaffAreaIsSentToSignIn() {
        browser.open("staff");

        browser.waitForPath("login");
        assertThat(browser.find("vaadin-login-form").isDisplayed()).isTrue();
    }

    @Test
    void aCaseworkerIsRefusedAccountManagement() {
        var caseworker = accounts.open(TestStaff.account("caseworker", Role.CASEWORKER));
        new StaffPages(browser).signInToStaffHome(caseworker.username(), TestStaff.PASSWORD);

        browser.open("staff/accounts");

        assertThat(browser.waitForText("main h1", "Page not found").isDisplayed()).isTrue();
        assertThat(browser.pageText()).doesNotContain("Staff accounts", "Create an account");
        assertThat(browser.findAll("#accounts")).isEmpty();
        browser.screenshot("staff-08-caseworker-refused");
        browser.checkAccessibility("caseworker refused");
    }
}
