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

    /**
     * Vaadin's development-mode tools (Copilot's toolbar, the dev tools), which the tests' development-mode server
     * adds to every page; the production jar has none of them (vaadin-dev is an optional dependency). Their own
     * controls (unlabelled radio buttons in Copilot's shadow DOM) are not the portal's to fix. Nothing of the
     * portal's own pages is excluded and no rule is turned off.
     */
    static final List<String> VAADIN_DEVELOPMENT_TOOLS = List.of("copilot-main", "vaadin-dev-tools");

    private AccessibilityCheck() {
    }

    static void run(WebDriver driver, String path, String state) {
        var axe = new AxeBuilder().withTags(WCAG_22_AA).setLegacyMode(true);
        VAADIN_DEVELOPMENT_TOOLS.forEach(axe::exclude);
        Results results = axe.analyze(driver);
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
