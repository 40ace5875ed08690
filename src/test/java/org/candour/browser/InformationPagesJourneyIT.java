package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of the public reads the privacy notice, the accessibility statement, the contact page, the cookies page
 * and the statistics release calendar from the footer; the cookies page lists every cookie the browser really got.
 */
class InformationPagesJourneyIT extends BrowserTest {

    @Autowired
    StaffAccounts accounts;

    @Test
    void everyInformationPageIsReachedFromTheFooter() {
        browser.open("");
        assertThat(browser.text("footer nav[aria-label='Support links']")).contains("Privacy",
                "Accessibility statement", "Contact", "Cookies", "Statistics release calendar");

        openFromFooter("privacy", "Privacy notice");
        assertThat(browser.pageText()).contains("Who we are", "What we collect", "Our lawful basis",
                "Part 3 of the Data Protection Act 2018", "How long we keep it", "24 months after your request",
                "31 days", "Who sees it", "Your rights", "section 45", "make a complaint to the ICO");
        browser.screenshot("information-01-privacy");

        openFromFooter("accessibility", "Accessibility statement for Candour");
        assertThat(browser.pageText()).contains("How accessible this website is", "Compliance status",
                "partially compliant", "Non-compliance with the accessibility regulations",
                "Reporting accessibility problems", "Enforcement procedure", "Equality Advisory and Support Service",
                "Preparation of this accessibility statement");
        browser.screenshot("information-02-accessibility");

        openFromFooter("contact", "Contact us");
        assertThat(browser.pageText()).contains("information-rights@candour.localhost", "020 7946 0000",
                "Never send us your tracking secret");
        browser.screenshot("information-03-contact");

        openFromFooter("statistics/calendar", "Statistics release calendar");
        // the tests turn the schedule off (ReleaseFeedsIT and ReleaseCalendarTest cover a scheduled calendar)
        assertThat(browser.pageText()).contains("No release is scheduled at the moment", "Published releases",
                "revisions policy");
        assertThat(browser.text("#release-feeds")).contains("iCalendar", "Atom");
        var atom = browser.fetch(browser.find("#release-feeds a[href$='releases.atom']").getAttribute("href"));
        assertThat(atom.get(0)).isEqualTo("200");
        assertThat(atom.get(1)).startsWith("application/atom+xml");
        assertThat(atom.get(2)).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
        browser.screenshot("information-04-release-calendar");

        openFromFooter("cookies", "Cookies");
        browser.screenshot("information-05-cookies");
        var listed = listedCookies();
        var seen = new HashSet<>(browser.cookieNames());
        var staff = accounts.open(TestStaff.account("cookies", Role.CASEWORKER));
        new StaffPages(browser).signInToStaffHome(staff.username(), TestStaff.PASSWORD);
        seen.addAll(browser.cookieNames());
        System.out.println("Cookies set by the portal: " + seen + "; listed on the cookies page: " + listed);
        assertThat(seen).isNotEmpty();
        assertThat(listed).containsAll(seen);
    }

    private void openFromFooter(String path, String heading) {
        browser.click("footer a[href='" + path + "']");
        browser.waitForPath(path);
        browser.waitForText("main h1", heading);
    }

    private List<String> listedCookies() {
        return browser.findAll("#cookie-table tbody tr td:first-child").stream().map(cell -> cell.getText()).toList();
    }
}
