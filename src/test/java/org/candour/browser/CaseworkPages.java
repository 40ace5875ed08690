package org.candour.browser;

/** Page objects for casework: the queue and the request page. */
final class CaseworkPages {

    private final Browser browser;

    CaseworkPages(Browser browser) {
        this.browser = browser;
    }

    void openQueueFromStaffHome() {
        browser.click("#staff-pages a[href='staff/queue']");
        browser.waitForPath("staff/queue");
        browser.find("#queue");
    }

    void openRequestFromQueue(String reference) {
        String link = "#queue a[href='staff/requests/" + reference + "']";
        browser.clickInGrid("queue", link);
        browser.waitForPath("staff/requests/" + reference);
        browser.find("#case-state");
    }

    /** Clicks a workflow button and waits for the success banner with the expected words. */
    void step(String buttonId, String expectedBanner) {
        browser.click("#" + buttonId);
        browser.waitForText(".success-banner", expectedBanner);
    }

    String state() {
        return browser.text("#case-state");
    }
}
