package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.candour.identity.NewStaffAccount;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.requests.RequestFilingService;
import org.candour.search.RequestSearch;
import org.candour.search.SearchQuery;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff find requests by what happened, narrow them with facets, see analytics; an admin rebuilds the index. */
class SearchJourneyIT extends BrowserTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    StaffAccounts accounts;
    @Autowired
    RequestFilingService filing;
    @Autowired
    RequestSearch search;

    @Test
    void aCaseworkerSearchesNarrowsByFacetAndSeesAnalytics() {
        String reference = filing.file(TestRequests.valid(LocalDate.now().minusDays(2))).reference();
        await().atMost(Duration.ofSeconds(30)).until(() -> search.search(SearchQuery.everything().withText(reference))
                .total() > 0);
        String caseworker = "search.caseworker." + ProcessHandle.current().pid();
        accounts.open(new NewStaffAccount(caseworker, "Sam Search", Set.of(Role.CASEWORKER), PASSWORD));

        new StaffPages(browser).signInToStaffHome(caseworker, PASSWORD);
        var pages = new SearchPages(browser);
        pages.openSearch();
        pages.searchFor("matched a description");
        browser.waitForText(".search-results", reference);
        assertThat(browser.find(".search-results mark").getText()).isIn("matched", "description");
        assertThat(pages.results()).contains("Lambeth").containsIgnoringCase("Footage at risk");
        browser.screenshot("search-01-results");
        browser.checkAccessibility("results");

        String lambeth = browser.find("#facet-borough").findElements(By.cssSelector("vaadin-checkbox")).stream()
                .map(option -> option.getText().strip()).filter(label -> label.startsWith("Lambeth (")).findFirst()
                .orElseThrow();
        browser.check("facet-borough", lambeth);
        browser.waitForText(".search-page [role=status]", "Showing");
        assertThat(pages.results()).contains(reference);
        browser.screenshot("search-02-facet");
        browser.checkAccessibility("facet");

        browser.open("staff/analytics");
        browser.waitForText("main", "Requests per month");
        assertThat(browser.find(".chart-image").getAttribute("alt")).contains("Bar chart");
        browser.screenshot("search-03-analytics");
        browser.checkAccessibility("charts rendered");
    }

    @Test
    void anAdministratorRebuildsTheIndexWithProgress() {
        String admin = "search.admin." + ProcessHandle.current().pid();
        accounts.open(new NewStaffAccount(admin, "Ada Admin", Set.of(Role.ADMIN), PASSWORD));
        filing.file(TestRequests.valid(LocalDate.now().minusDays(3)));

        new StaffPages(browser).signInToStaffHome(admin, PASSWORD);
        new SearchPages(browser).rebuildIndex();
        assertThat(browser.text("#rebuild-status")).contains("Rebuilt", "Now searching requests-v");
        browser.screenshot("search-04-index-rebuilt");
        browser.checkAccessibility("index rebuilt");
    }
}
