package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.candour.requests.RequestFilingService;
import org.candour.shared.LondonTime;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsReleases;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reflow (WCAG 1.4.10): every public page, at 320 CSS px wide and in a 1280 px window zoomed to 200%, fits the width
 * of the screen without scrolling sideways, and passes the axe-core checks at that size. A wide table may scroll
 * inside its own region (the criterion's exception for data tables); the page itself does not. Screenshots are kept
 * under target/screenshots/reflow-* for a person to look at.
 */
class ReflowIT extends BrowserTest {

    /** Every page a member of the public can open without a secret or a link from an email. */
    static final List<String> PUBLIC_PAGES = List.of("", "request-footage", "request-footage/about-you", "track",
            "track/lost-secret", "statistics", "statistics/league", "statistics/compare", "statistics/methodology",
            "statistics/boroughs/E09000022", "statistics/calendar", "privacy", "accessibility", "contact", "cookies",
            "login");

    private record Viewport(String name, int width, double zoom) {
    }

    private static final List<Viewport> VIEWPORTS = List.of(new Viewport("320px", 320, 1),
            new Viewport("1280px-at-200-percent", 640, 2));

    @Autowired
    StatisticsReleases releases;
    @Autowired
    RequestFilingService filing;

    private final List<String> overflows = new ArrayList<>();

    @Test
    void everyPublicPageFitsA320PixelScreenAndA200PercentZoomWithoutScrollingSideways() {
        releases.publish("Release for the reflow check.", ReleaseSummary.Trigger.ADMINISTRATOR);
        var receipt = filing.file(TestRequests.valid(LocalDate.now(LondonTime.ZONE).minusDays(2)));
        for (Viewport viewport : VIEWPORTS) {
            browser.viewport(viewport.width(), 900, viewport.zoom());
            for (String page : PUBLIC_PAGES) {
                browser.open(page);
                check(viewport, page.isEmpty() ? "home" : page);
            }
            browser.open("request-footage/about-you");
            browser.click("vaadin-button.continue");
            browser.waitForText(".error-summary", "There is a problem");
            check(viewport, "about-you-with-errors");
            new TrackingPage(browser).track(receipt.reference(), receipt.trackingSecret());
            browser.find("#request-state");
            check(viewport, "tracked-request");
        }
        assertThat(overflows).as("pages that scroll sideways").isEmpty();
    }

    private void check(Viewport viewport, String page) {
        int[] widths = browser.widths();
        System.out.printf("Reflow %s /%s: page %d CSS px wide in a viewport of %d%n", viewport.name(), page,
                widths[0], widths[1]);
        if (widths[0] > widths[1]) {
            overflows.add(viewport.name() + " /" + page + ": " + widths[0] + " > " + widths[1] + " "
                    + browser.overflowing());
        }
        browser.screenshot("reflow-" + viewport.name() + "-" + page.replace('/', '-'));
        browser.checkAccessibility(viewport.name() + " wide");
    }
}
