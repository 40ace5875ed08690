package org.candour.browser;

import java.util.Set;
import org.candour.identity.Role;

/** Page objects for staff: the sign-in page, the staff home, the navigation and the account pages. */
final class StaffPages {

    private final Browser browser;

    StaffPages(Browser browser) {
        this.browser = browser;
    }

    void signIn(String username, String password) {
        browser.open("login");
        browser.type("vaadinLoginUsername", username);
        browser.type("vaadinLoginPassword", password);
        browser.click("vaadin-login-form vaadin-button[slot=submit]");
    }

    /** Signs in and waits for the staff home; returns its text. */
    String signInToStaffHome(String username, String password) {
        signIn(username, password);
        browser.waitForPath("staff");
        return browser.waitForText("main h1", "Welcome").getText();
    }

    void signOutFromNavigation() {
        browser.click("#nav-sign-out");
        browser.waitForPath("");
        browser.waitForText(".service-nav", "Staff sign in");
    }

    void openAccounts() {
        browser.click("#staff-pages a[href='staff/accounts']");
        browser.waitForPath("staff/accounts");
        browser.find("#accounts");
    }

    void createAccount(String username, String displayName, Set<Role> roles, String password) {
        browser.click("#create-account");
        browser.waitForPath("staff/accounts/new");
        browser.type("username", username);
        browser.type("display-name", displayName);
        roles.forEach(role -> browser.check("roles", role.label() + ": " + role.description()));
        browser.type("initial-password", password);
        browser.screenshot("staff-03-new-account");
        browser.click("#create");
    }
}
