package org.candour.browser;

/** Page objects for staff search, workflow analytics and the search index page. */
final class SearchPages {

    private final Browser browser;

    SearchPages(Browser browser) {
        this.browser = browser;
    }

    void openSearch() {
        browser.open("staff/search");
        browser.waitForText(".search-page", "Showing");
    }

    void searchFor(String text) {
        browser.type("search-text", text);
        browser.click("#search-button");
    }

    String results() {
        return browser.text(".search-results");
    }

    void rebuildIndex() {
        browser.open("staff/search/index");
        browser.click("#rebuild-index");
        browser.waitForText("#rebuild-status", "Rebuilt");
    }
}
