package org.candour.browser;

import java.nio.file.Path;

/** Page object for "Request footage": one method per page, in the order a requester meets them. */
final class FilingPages {

    record Receipt(String reference, String secret) {
    }

    private final Browser browser;

    FilingPages(Browser browser) {
        this.browser = browser;
    }

    void start() {
        browser.open("request-footage");
        browser.screenshot("01-start");
        browser.checkAccessibility("start");
        browser.click("#start-now");
        browser.waitForPath("request-footage/about-you");
    }

    void aboutYou(String name, String dateOfBirth, String address, String postcode, String email) {
        browser.type("full-name", name);
        browser.pick("date-of-birth", dateOfBirth);
        browser.type("address", address);
        browser.type("postcode", postcode);
        browser.type("email", email);
        browser.screenshot("02-about-you");
        browser.checkAccessibility("about you");
        continueTo("request-footage/identity-documents");
    }

    void uploadDocument(Path file) {
        browser.upload("documents", file);
        browser.waitForText(".uploaded-documents", file.getFileName().toString());
    }

    void documentsDone() {
        browser.screenshot("03-identity-documents");
        browser.checkAccessibility("identity documents");
        continueTo("request-footage/incident");
    }

    void incident(String date, String from, String to, String borough) {
        browser.pick("incident-date", date);
        browser.pick("time-from", from);
        browser.pick("time-to", to);
        browser.pick("borough", borough);
        browser.waitForText(".deletion-notice", "deleted on");
        browser.screenshot("04-incident");
        browser.checkAccessibility("incident");
        continueTo("request-footage/what-happened");
    }

    void whatHappened(String location, String description, String appearance, boolean stopAndSearch) {
        browser.type("location", location);
        browser.type("what-happened", description);
        browser.type("appearance", appearance);
        browser.choose("stop-and-search", stopAndSearch ? "Yes" : "No");
        browser.screenshot("05-what-happened");
        browser.checkAccessibility("what happened");
        continueTo("request-footage/what-you-want");
    }

    void wantACopy() {
        browser.choose("access-preference", "A copy of the footage");
        browser.screenshot("06-what-you-want");
        browser.checkAccessibility("what you want");
        continueTo("request-footage/check-answers");
    }

    String checkAnswers() {
        String answers = browser.pageText();
        browser.screenshot("07-check-answers");
        browser.checkAccessibility("check answers");
        continueTo("request-footage/declaration");
        return answers;
    }

    Receipt declareAndSend() {
        browser.click("#declaration");
        browser.screenshot("08-declaration");
        browser.checkAccessibility("declaration");
        browser.click("#send-request");
        browser.waitForPath("request-footage/confirmation");
        browser.screenshot("09-confirmation");
        browser.checkAccessibility("confirmation");
        return new Receipt(browser.text("#reference"), browser.text("#tracking-secret"));
    }

    void continueTo(String nextPath) {
        browser.click("vaadin-button.continue");
        browser.waitForPath(nextPath);
    }
}
