package org.candour.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its matching chromedriver, offline (no Selenium Manager download), with
 * helpers for Vaadin components and screenshots under target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path downloads;

    public Browser(int port) {
        this(port, Duration.ofSeconds(20));
    }

    /** A browser that waits up to {@code patience} for each condition (the soak's, on a machine under load). */
    public Browser(int port, Duration patience) {
        this("http://localhost:" + port + "/", patience);
    }

    /**
     * A browser on another base URL (ending in "/"). Over HTTPS it accepts any certificate: .ci/cluster's nginx has a
     * self-signed one made on its first start.
     */
    public Browser(String baseUrl, Duration patience) {
        System.setProperty("SE_OFFLINE", "true");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        this.downloads = Path.of(tempProfile());
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400", "--lang=en-GB",
                "--user-data-dir=" + tempProfile());
        if (baseUrl.startsWith("https:")) {
            options.addArguments("--ignore-certificate-errors");
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, patience);
        this.baseUrl = baseUrl;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    /** Opens something that is not a Vaadin page (a JSON answer, say) and returns the text shown. */
    public String openWithoutVaadin(String path) {
        driver.get(baseUrl + path);
        return find("body").getText();
    }

    public void waitForPath(String path) {
        wait.until(ExpectedConditions.urlToBe(baseUrl + path));
        waitForVaadin();
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public WebElement waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return find(css);
    }

    /** Types into a Vaadin text, date, time or combo box field (its input is in the light DOM). */
    public void type(String fieldId, String text) {
        var input = find("#" + fieldId + " input, #" + fieldId + " textarea");
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Types into a Vaadin date, time or combo box field and presses Enter to commit and close its overlay. A combo
     * box gets its filtered items from the server: Enter before they arrive commits nothing and leaves the overlay
     * open over the page, so it waits for a matching item first, and then for the overlay to close.
     */
    public void pick(String fieldId, String text) {
        type(fieldId, text);
        commitTyped(fieldId, text, () -> find("#" + fieldId + " input").sendKeys(Keys.ENTER));
    }

    /** Presses Enter in the date, time or combo box field that has focus and holds {@code text}, as {@link #pick}. */
    public void commitTypedWithKeyboard(String fieldId, String text) {
        commitTyped(fieldId, text, () -> keys(Keys.ENTER));
    }

    private void commitTyped(String fieldId, String text, Runnable enter) {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const field = document.getElementById(arguments[0]);
                if (field.localName !== 'vaadin-combo-box') return true;
                const typed = arguments[1].toLowerCase();
                return !field.loading && (field.filteredItems || [])
                    .some(item => item && typeof item.label === 'string' && item.label.toLowerCase().startsWith(typed));
                """, fieldId, text)));
        enter.run();
        wait.until(d -> Boolean.FALSE.equals(driver.executeScript(
                "return !!document.getElementById(arguments[0]).opened", fieldId)));
        waitForVaadin();
    }

    /**
     * Opens a link in a Vaadin grid, scrolling the grid a few rows at a time until the link's row is rendered: a grid
     * draws only the rows near its view, and other tests' requests can sort above the one a test looks for. The
     * link is clicked as the browser's own event, since a row drawn just outside the view can be covered.
     */
    public void clickInGrid(String gridId, String css) {
        int[] row = {0};
        WebElement link = wait.until(d -> {
            var found = d.findElements(By.cssSelector(css));
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            Object size = driver.executeScript("const grid = document.getElementById(arguments[0]);"
                    + "grid.scrollToIndex(arguments[1]); return grid.size;", gridId, row[0]);
            row[0] = size instanceof Number n && row[0] + 5 < n.intValue() ? row[0] + 5 : 0;
            return null;
        });
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", link);
    }

    /** Chooses an option of a native select by its text, as a user would from its list. */
    public void select(String selectId, String text) {
        new org.openqa.selenium.support.ui.Select(find("select#" + selectId)).selectByVisibleText(text);
        waitForVaadin();
    }

    /**
     * Clicks once nothing covers the element any more (a closing overlay can catch a click for a moment) and it is
     * shown (the server's answer can still be on its way).
     */
    public void click(String css) {
        wait.ignoring(ElementClickInterceptedException.class).ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    d.findElement(By.cssSelector(css)).click();
                    return true;
                });
    }

    /** Clicks the radio button of a Vaadin radio group with the given label. */
    public void choose(String groupId, String label) {
        clickOption(groupId, "vaadin-radio-button", label);
    }

    /** Ticks (or unticks) the checkbox of a Vaadin checkbox group with the given label. */
    public void check(String groupId, String label) {
        clickOption(groupId, "vaadin-checkbox", label);
    }

    private void clickOption(String groupId, String optionTag, String label) {
        find("#" + groupId);
        driver.findElements(By.cssSelector("#" + groupId + " " + optionTag)).stream()
                .filter(option -> option.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No option " + label + " in " + groupId))
                .findElement(By.cssSelector("input")).click();
    }

    /** Attaches a file to a Vaadin upload through its file input. */
    public void upload(String uploadId, Path file) {
        var upload = find("#" + uploadId);
        var input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        // Chromedriver adds a file to those an input with "multiple" already holds: start from none, as a person
        // choosing a file in the dialog does.
        driver.executeScript("arguments[0].value = ''", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Fetches a link of the current page (a download, say) inside the page, with its session, as the browser would
     * on a click: the HTTP status, the content type, the start of the body and the Cache-Control header.
     */
    public List<String> fetch(String href) {
        Object result = driver.executeScript("""
                const request = new XMLHttpRequest();
                request.open('GET', arguments[0], false);
                request.send();
                return [String(request.status), request.getResponseHeader('Content-Type') || '',
                    request.responseText.substring(0, 4000), request.getResponseHeader('Cache-Control') || ''];
                """, href);
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }

    /** Waits until the script returns true (a media element's state, say). */
    public void waitUntilScript(String script, Object... arguments) {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(script, arguments)));
    }

    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return find("main").getText();
    }

    /** True once the image matched by {@code css} has loaded and has pixels (a broken image has none). */
    public boolean imageShown(String css) {
        return wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "const image = document.querySelector(arguments[0]);"
                        + "return !!image && image.complete && image.naturalWidth > 0;", css)));
    }

    /** Scrolls the element into view, for a screenshot of it. */
    public void scrollTo(String css) {
        driver.executeScript("arguments[0].scrollIntoView()", find(css));
    }

    /** Prints the page as Chromium would to paper (print stylesheet applied) and returns the PDF's text. */
    public String printedText() {
        byte[] pdf = java.util.Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the cookies the browser holds for the portal. */
    public java.util.Set<String> cookieNames() {
        return driver.manage().getCookies().stream().map(org.openqa.selenium.Cookie::getName)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Presses keys (or types text) into whatever has focus, as a keyboard-only user would. */
    public void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    /** Shift+Tab: focus moves back one stop (the modifier is held down while Tab is pressed). */
    public void shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        waitForVaadin();
    }

    /**
     * What has focus: the id of the field or group around a focused input (a Vaadin field's own input has a
     * generated id), the element's id, or its tag and text ("a:Skip to main content").
     */
    public String focused() {
        return (String) driver.executeScript("""
                const el = document.activeElement;
                if (!el || el === document.body) return 'body';
                const field = el.matches('input, textarea') ? el.closest('[id]:not(input):not(textarea)') : null;
                if (field) return field.id;
                if (el.id) return el.id;
                return el.localName + ':' + el.textContent.trim().replace(/\\s+/g, ' ').substring(0, 60);
                """);
    }

    /**
     * True when the focused element shows the service's focus indicator: a solid yellow outline at least 2 px wide
     * on it, its Vaadin field or that field's box, or a yellow background (links).
     */
    public boolean focusIndicatorShown() {
        return Boolean.TRUE.equals(driver.executeScript("""
                const yellow = 'rgb(255, 221, 0)';
                const el = document.activeElement;
                if (!el || el === document.body) return false;
                const candidates = [el];
                const host = el.matches('input, textarea') ? el.closest('vaadin-text-field, vaadin-text-area, '
                    + 'vaadin-email-field, vaadin-password-field, vaadin-date-picker, vaadin-time-picker, '
                    + 'vaadin-combo-box, vaadin-checkbox, vaadin-radio-button') : null;
                if (host) {
                    candidates.push(host);
                    const part = host.shadowRoot && host.shadowRoot.querySelector(
                        '[part~="input-field"], [part~="checkbox"], [part~="radio"]');
                    if (part) candidates.push(part);
                }
                return candidates.some(c => {
                    const style = getComputedStyle(c);
                    return (style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2
                        && style.outlineColor === yellow) || style.backgroundColor === yellow;
                });
                """));
    }

    /** True when the focused element is inside the page's main content. */
    public boolean focusInMain() {
        return Boolean.TRUE.equals(driver.executeScript(
                "return document.querySelector('main').contains(document.activeElement)"));
    }

    /**
     * Makes the page's viewport {@code width} CSS pixels wide at {@code zoom} device pixels per CSS pixel: 320 at 1
     * is a small phone; 640 at 2 is a 1280 px window zoomed to 200%. Reloads nothing: open a page after it.
     */
    public void viewport(int width, int height, double zoom) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", zoom, "mobile", false));
    }

    /** The page's full width and the viewport's width in CSS pixels: more than the viewport scrolls sideways. */
    public int[] widths() {
        var widths = (List<?>) driver.executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
        return new int[] {((Number) widths.get(0)).intValue(), ((Number) widths.get(1)).intValue()};
    }

    /** Elements whose right edge passes the viewport, to say what overflows. */
    public List<String> overflowing() {
        var found = (List<?>) driver.executeScript("""
                const width = window.innerWidth;
                return [...document.querySelectorAll('main *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1).slice(0, 5)
                    .map(e => e.localName + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().right));
                """);
        return found.stream().map(String::valueOf).toList();
    }

    /**
     * Checks the page as it is now (its state: "errors shown", "dialog open", ...) against the WCAG 2.2 A and AA
     * rules of axe-core; fails on any violation.
     */
    public void checkAccessibility(String state) {
        waitForVaadin();
        AccessibilityCheck.run(driver, currentPath(), state);
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the browser has finished downloading {@code name} into its download folder, and returns it. */
    public Path downloaded(String name) {
        Path file = downloads.resolve(name);
        wait.until(d -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    private void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients && "
                        + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("candour-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
