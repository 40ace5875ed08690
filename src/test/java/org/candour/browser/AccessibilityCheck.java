package org.candour.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core in the page the browser shows, at the WCAG 2.2 A and AA rules, and fails on any violation with
 * what is wrong and where. It prints what it checked (page, state, how many rules applied), so a run shows its
 * coverage. Legacy mode runs axe inside the page itself: the default mode opens a second window to merge frame
 * results, which would take focus from the page (the keyboard journey checks focus) and the pages have no frames.
 */
final class AccessibilityCheck {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private AccessibilityCheck() {
    }

    static void run(WebDriver driver, String path, String state) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + path + " (" + state + "): "
                    + results.getErrorMessage());
        }
        int applied = results.getPasses().size() + results.getViolations().size() + results.getIncomplete().size();
        System.out.printf("axe-core WCAG 2.2 AA: /%s [%s]: %d rules applied (%d not applicable), %d violations%n",
                path, state, applied, results.getInapplicable().size(), results.getViolations().size());
        if (!results.getViolations().isEmpty()) {
            throw new AssertionError("Accessibility violations on /" + path + " (" + state + "):\n"
                    + results.getViolations().stream().map(AccessibilityCheck::describe)
                            .collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().map(AccessibilityCheck::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      "
                + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
    }
}
