package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.candour.shared.LondonTime;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

/**
 * A requester who cannot use a mouse files a request and tracks it with Tab, Shift+Tab, Enter, Space and typing
 * only: the skip link comes first and leads into the content, the fields come in the order they are shown, every
 * stop shows the yellow focus indicator, and each link of the error summary moves focus to its field. The one
 * exception is the file itself: the operating system's file chooser is outside the page, so the test hands the file
 * to the upload's input after reaching its button with the keyboard.
 */
class KeyboardJourneyIT extends BrowserTest {

    private static final int MAX_TABS = 60;

    @TempDir
    Path files;

    private final List<String> stops = new ArrayList<>();

    @Test
    void aRequestIsFiledAndTrackedWithTheKeyboardOnly() throws Exception {
        browser.open("request-footage");
        browser.keys(Keys.TAB);
        assertThat(browser.focused()).isEqualTo("a:Skip to main content");
        assertThat(browser.focusIndicatorShown()).as("the skip link shows when focused").isTrue();
        browser.keys(Keys.ENTER);
        browser.keys(Keys.TAB);
        assertThat(browser.focusInMain()).as("after the skip link, Tab goes into the main content").isTrue();
        tabTo("start-now");
        browser.keys(Keys.ENTER);
        browser.waitForPath("request-footage/about-you");

        tabTo("vaadin-button:Continue");
        browser.keys(Keys.ENTER);
        browser.waitForText(".error-summary", "There is a problem");
        assertThat(browser.focused()).as("the error summary takes focus").startsWith("div:There is a problem");
        browser.checkAccessibility("errors shown, summary focused");
        browser.keys(Keys.TAB);
        assertThat(browser.focused()).isEqualTo("vaadin-button:Enter your full name");
        browser.keys(Keys.ENTER);
        assertThat(browser.focused()).as("the error's link moves focus to its field").isEqualTo("full-name");
        tabTo("vaadin-button:Enter your date of birth", true); // back up into the summary
        browser.keys(Keys.ENTER);
        assertThat(browser.focused()).isEqualTo("date-of-birth");

        tabTo("full-name", true);
        stops.clear();
        browser.keys("Amara Okafor", Keys.TAB);
        browser.keys("17/05/1990");
        browser.commitTypedWithKeyboard("date-of-birth", "17/05/1990");
        // One field at a time, each typed once focus has arrived on it.
        typeAfterTab("address", "Flat 2, 10 Acre Lane, London");
        typeAfterTab("postcode", "SW2 5SG");
        typeAfterTab("email", "amara@example.org");
        assertThat(browser.focused()).isEqualTo("email");
        tabTo("vaadin-button:Continue");
        assertThat(stops).as("fields in the order shown").containsExactly("phone", "vaadin-button:Continue");
        browser.keys(Keys.ENTER);
        browser.waitForPath("request-footage/identity-documents");

        tabTo("vaadin-button:Choose files");
        browser.upload("documents", Files.write(files.resolve("passport.pdf"), TestRequests.PDF));
        browser.waitForText(".uploaded-documents", "passport.pdf");
        continueWithKeyboard("request-footage/incident");

        String date = LocalDate.now(LondonTime.ZONE).minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        tabTo("incident-date");
        browser.keys(date);
        browser.commitTypedWithKeyboard("incident-date", date);
        tabTo("time-from");
        browser.keys("21:00");
        browser.commitTypedWithKeyboard("time-from", "21:00");
        tabTo("time-to");
        browser.keys("21:30");
        browser.commitTypedWithKeyboard("time-to", "21:30");
        tabTo("borough");
        browser.keys("Lambeth");
        browser.commitTypedWithKeyboard("borough", "Lambeth");
        browser.waitForText(".deletion-notice", "deleted on");
        continueWithKeyboard("request-footage/what-happened");

        tabTo("location");
        browser.keys("Brixton Road", Keys.TAB, "Two officers stopped and searched me.", Keys.TAB,
                "Red hooded jacket");
        tabTo("stop-and-search");
        browser.keys(Keys.SPACE);
        continueWithKeyboard("request-footage/what-you-want");

        tabTo("access-preference");
        browser.keys(Keys.SPACE); // "A copy of the footage", the first choice
        continueWithKeyboard("request-footage/check-answers");
        assertThat(browser.pageText()).contains("Amara Okafor", "passport.pdf", "Lambeth", "A copy of the footage");
        continueWithKeyboard("request-footage/declaration");

        tabTo("declaration");
        browser.keys(Keys.SPACE);
        tabTo("send-request");
        browser.keys(Keys.ENTER);
        browser.waitForPath("request-footage/confirmation");
        String reference = browser.text("#reference");
        String secret = browser.text("#tracking-secret");
        browser.checkAccessibility("confirmation, reached by keyboard");

        tabTo("a:Track your request");
        browser.keys(Keys.ENTER);
        browser.waitForPath("track");
        tabTo("reference");
        browser.keys(reference, Keys.TAB, secret);
        tabTo("track-request");
        browser.keys(Keys.ENTER);
        assertThat(browser.waitForText("#request-state", "RECEIVED").getText()).isEqualToIgnoringCase("Received");
        browser.screenshot("keyboard-01-tracked");
        browser.checkAccessibility("tracked by keyboard");
    }

    private void continueWithKeyboard(String nextPath) {
        tabTo("vaadin-button:Continue");
        browser.keys(Keys.ENTER);
        browser.waitForPath(nextPath);
    }

    /**
     * Tab until focus is on {@code field} (at most three stops: the date picker's button can take one), then type. A
     * field is typed only once focus is on it, so no keys are lost to a stop on the way.
     */
    private void typeAfterTab(String field, String text) {
        for (int i = 0; i < 3 && !browser.focused().equals(field); i++) {
            browser.keys(Keys.TAB);
        }
        assertThat(browser.focused()).as("reached with Tab").isEqualTo(field);
        browser.keys(text);
    }

    private void tabTo(String target) {
        tabTo(target, false);
    }

    /**
     * Presses Tab (or Shift+Tab) until {@code target} has focus, checking that each element on the way shows the
     * focus indicator; records the stops.
     */
    private void tabTo(String target, boolean backwards) {
        for (int i = 0; i < MAX_TABS && !browser.focused().equals(target); i++) {
            if (backwards) {
                browser.shiftTab();
            } else {
                browser.keys(Keys.TAB);
            }
            String focused = browser.focused();
            stops.add(focused);
            assertThat(browser.focusIndicatorShown()).as("visible focus on " + focused + " of /"
                    + browser.currentPath()).isTrue();
        }
        assertThat(browser.focused()).as("reached with Tab from " + stops).isEqualTo(target);
    }
}
