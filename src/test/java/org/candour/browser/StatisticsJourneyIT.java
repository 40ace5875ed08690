package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.candour.footage.FootageImportService;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsReleases;
import org.candour.support.TestFootage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member of the press reads the London map, opens a borough and downloads its chart, without signing in. */
class StatisticsJourneyIT extends BrowserTest {

    @Autowired
    FootageImportService imports;
    @Autowired
    StatisticsReleases releases;

    @Test
    void fromTheTileMapToABoroughsChartAndItsDownloads() {
        Instant start = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < 12; i++) {
            TestFootage.recordingInLambeth(imports, start.plus(Duration.ofMinutes(30L * i)));
        }
        int version = releases.publish("Release for the statistics journey.", ReleaseSummary.Trigger.ADMINISTRATOR)
                .version();

        browser.open("statistics");
        browser.find("#tile-map");
        assertThat(browser.text("#release-line")).contains("Release " + version);
        assertThat(browser.text("#tile-legend")).contains("Legend: Recordings", "Withheld to protect people");
        assertThat(browser.find("#tile-E09000022").getAttribute("title")).startsWith("Lambeth: ");
        assertThat(browser.text("#overview-table")).contains("Lambeth", "Central South");
        browser.screenshot("statistics-01-overview");
        browser.checkAccessibility("tile map rendered");

        browser.select("measure", "Hours recorded");
        browser.waitForText("#tile-legend", "Legend: Hours recorded");
        assertThat(browser.find("select#measure").getAttribute("value")).isEqualTo("2");
        assertThat(browser.find("label[for=measure]").getText()).isEqualTo("Measure");
        // The choice is in the address, so a reload (as after the session ended) shows the same figures.
        browser.waitUntilScript("return location.search.includes('measure=hours_recorded')");
        browser.script("location.reload()");
        browser.waitForText("#tile-legend", "Legend: Hours recorded");
        assertThat(browser.find("select#measure").getAttribute("value")).isEqualTo("2");

        browser.click("#tile-E09000022");
        browser.waitForPath("statistics/boroughs/E09000022");
        browser.waitForText("main h1", "Lambeth");
        assertThat(browser.find(".chart-image").getAttribute("alt")).startsWith("Line chart of recordings by month")
                .contains("Lambeth: latest");
        assertThat(browser.text(".statistics-figure-table")).contains("Month", "Lambeth");
        browser.screenshot("statistics-02-borough");
        browser.checkAccessibility("chart rendered");

        browser.select("measure", "Hours recorded");
        browser.waitForText(".statistics-figure-table", "Hours recorded");
        assertThat(browser.find(".chart-image").getAttribute("alt")).startsWith("Line chart of hours recorded by month");

        var svg = browser.fetch(browser.find(".chart-download-svg").getAttribute("href"));
        assertThat(svg.get(0)).isEqualTo("200");
        assertThat(svg.get(1)).startsWith("image/svg+xml");
        assertThat(svg.get(2)).contains("<svg");
        var png = browser.fetch(browser.find(".chart-download-png").getAttribute("href"));
        assertThat(png.get(0)).isEqualTo("200");
        assertThat(png.get(1)).startsWith("image/png");

        // A newspaper embeds the chart: a lasting address and HTML with the text alternative and the source line.
        browser.click(".chart-embed summary");
        String snippet = browser.text(".chart-embed-code");
        assertThat(snippet).contains("/api/v1/statistics/releases/" + version + "/charts/hours_recorded-E09000022.png",
                "alt=\"Line chart of hours recorded by month", "Source: Candour body-worn video statistics, release "
                        + version, "Open Government Licence v3.0");
        browser.screenshot("statistics-03-embed");
        var lasting = browser.fetch(browser.find(".chart-embed a").getAttribute("href"));
        assertThat(lasting.get(0)).isEqualTo("200");
        assertThat(lasting.get(1)).startsWith("image/png");
        assertThat(lasting.get(3)).contains("immutable");
    }
}
