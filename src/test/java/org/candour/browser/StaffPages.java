package org.candour.browser;

import java.util.List;
import java.util.Set;
import org.candour.identity.Role;
import org.openqa.selenium.WebElement;

/** Page objects for staff: the sign-in page, the staff home, the navigation, the account pages and the audit log. */
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

    void openAuditLog() {
        browser.click("#staff-pages a[href='staff/audit']");
        browser.waitForPath("staff/audit");
        browser.find("#audit-entries");
    }

    /** The texts of the audit log grid's cells, row by row as shown (newest first). */
    List<String> auditCells() {
        return browser.findAll("#audit-entries vaadin-grid-cell-content").stream().map(WebElement::getText)
                .filter(text -> !text.isBlank()).toList();
    }

    /** Clicks "Verify the chain" and waits for the outcome; returns its heading. */
    String verifyAuditChain() {
        browser.click("#verify-chain");
        browser.waitForText("#chain-status h2", "The chain ");
        browser.find("#chain-status.chain-intact h2, #chain-status.chain-broken h2");
        return browser.text("#chain-status h2");
    }

    void createAccount(String username, String displayName, Set<Role> roles, String password) {
        browser.click("#create-account");
        browser.waitForPath("staff/accounts/new");
        browser.type("username", username);
        browser.type("display-name", displayName);
        roles.forEach(role -> browser.check("roles", role.label() + ": " + role.description()));
        browser.type("initial-password", password);
        browser.screenshot("staff-03-new-account");
        browser.checkAccessibility("new account");
        browser.click("#create");
    }
}
