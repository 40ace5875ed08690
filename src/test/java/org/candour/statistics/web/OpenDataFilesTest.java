package org.candour.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.candour.statistics.Cell;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsRow;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A numbered release's files never change once published: the same release gives the same bytes in every run of
 * the JVM (no order taken from a hash map, no time finer than the second). The digests below pin them; if one has to
 * change, every release already published would answer differently than before, which must not happen silently.
 */
class OpenDataFilesTest {

    private static final YearMonth MONTH = YearMonth.of(2031, 2);
    private static final Release RELEASE = new Release(new ReleaseSummary(7, LocalDate.of(2030, 12, 1),
            LocalDate.of(2031, 2, 25), Instant.parse("2031-02-25T09:00:01.123456789Z"), "Pinned, \"quoted\".",
            ReleaseSummary.Trigger.SCHEDULE), List.of(
            new StatisticsRow(Level.BOROUGH, "E09000022", "Lambeth", "Central South", MONTH, Map.of(
                    Measure.RECORDINGS, Cell.of(1234), Measure.HOURS_RECORDED, Cell.of(56.25),
                    Measure.REQUESTS_RECEIVED, Cell.withheld(Cell.Flag.SMALL_COUNT),
                    Measure.DISCLOSED, Cell.withheld(Cell.Flag.SECONDARY))),
            new StatisticsRow(Level.BCU, "Central South", "Central South", null, MONTH, Map.of(
                    Measure.RECORDINGS, Cell.of(2000))),
            new StatisticsRow(Level.LONDON, Level.LONDON_CODE, "London", null, MONTH, Map.of(
                    Measure.RECORDINGS, Cell.of(9000)))));

    private final OpenDataFiles files = new OpenDataFiles();

    @Test
    void aReleasesFilesAreTheSameBytesInEveryRun() {
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(sha256(files.csv(RELEASE, OpenDataFiles.Table.BOROUGHS, false))).as("CSV")
                    .isEqualTo("03b6ac93bf7e08ab0dce5b3d922af977e17a6342c255a1f8d04d87049ca4708c");
            softly.assertThat(sha256(files.json(RELEASE, OpenDataFiles.Table.BOROUGHS, false))).as("JSON")
                    .isEqualTo("99087c59293965bea6cdc55102e48d6e1b6d82694f99df19bc503b55e6390b36");
            softly.assertThat(sha256(files.csvMetadata(RELEASE, OpenDataFiles.Table.BOROUGHS, false))).as("CSVW")
                    .isEqualTo("83e7385e30ea678158b15c00c67c7a9b2cfb57f8b9f2c9fa0df75f2062d266ea");
        });
    }

    @Test
    void timesAreWrittenToTheSecondInUtc() {
        String json = new String(files.json(RELEASE, OpenDataFiles.Table.LONDON, false), StandardCharsets.UTF_8);
        assertThat(json).contains("\"published_at\":\"2031-02-25T09:00:01Z\"");
        assertThat(OpenDataFiles.timestamp(Instant.parse("2031-02-25T09:00:00.000001Z")))
                .isEqualTo("2031-02-25T09:00:00Z");
    }

    @Test
    void theJsonKeepsItsKeysInTheirDocumentedOrder() {
        String json = new String(files.json(RELEASE, OpenDataFiles.Table.BOROUGHS, false), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"release\":{\"version\":7,\"period_from\":\"2030-12-01\",\"period_to\":"
                + "\"2031-02-25\",\"published_at\":\"2031-02-25T09:00:01Z\",\"note\":\"Pinned, \\\"quoted\\\".\","
                + "\"trigger\":\"schedule\",\"links\":{\"self\":\"/api/v1/statistics/releases/7\",");
        assertThat(json).contains("\"licence\":{\"name\":\"Open Government Licence v3.0\",\"url\":",
                "\"symbols\":{\"small-count\":", "\"rows\":[{\"month\":\"2031-02\",\"gss_code\":\"E09000022\","
                        + "\"borough\":\"Lambeth\",\"bcu\":\"Central South\",\"measures\":{\"cameras_deployed\":");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
