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
        browser.click("#track-request");
    }
}
