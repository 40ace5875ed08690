package org.candour.browser;

/** Page object for "Track a request". */
final class TrackingPage {

    private final Browser browser;

    TrackingPage(Browser browser) {
        this.browser = browser;
    }

    void track(String reference, String secret) {
        browser.open("track");
        browser.type("reference", reference);
        browser.type("secret", secret);
        browser.screenshot("10-track");
        browser.checkAccessibility("track");
        browser.click("#track-request");
    }

    /** "I have lost my tracking secret", from the tracking page: asks for a link by email. */
    void askForNewSecretLink(String reference, String email) {
        browser.open("track");
        browser.click("#lost-secret");
        browser.waitForPath("track/lost-secret");
        browser.type("reference", reference);
        browser.type("email", email);
        browser.screenshot("12-lost-secret");
        browser.checkAccessibility("lost secret");
        browser.click("#send-link");
        browser.waitForText("#link-sent", "If the reference and email address match");
    }

    /** Opens the emailed link (its path and query) and sets a new secret; returns the secret shown. */
    String setNewSecret(String linkPathAndQuery) {
        browser.open(linkPathAndQuery);
        browser.click("#set-new-secret");
        String secret = browser.find("#tracking-secret").getText();
        browser.screenshot("13-new-secret");
        browser.checkAccessibility("new secret");
        return secret;
    }
}
