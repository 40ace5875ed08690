package org.candour.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.candour.statistics.Cell;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsRow;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data files of a release (CSV and JSON, per borough, BCU or London), rendered once per release and kept:
 * a release never changes, so neither do its files. CSV shows a withheld cell as its symbol ("&lt;10", "[c]",
 * "[low]"); JSON gives it as {@code null} in {@code measures} with the reason under the same key in
 * {@code suppressed}. Each CSV file has its CSV on the Web metadata beside it ({@link CsvMetadata}). Each file is
 * also kept gzip-compressed for clients that accept it.
 */
@Component
class OpenDataFiles {

    /** Which rows a file holds, as named in its path. */
    enum Table {
        BOROUGHS(Level.BOROUGH, "month,gss_code,borough,bcu", "borough"),
        BCUS(Level.BCU, "month,bcu", "Basic Command Unit"),
        LONDON(Level.LONDON, "month,area", "London as a whole");

        final Level level;
        final String leadingColumns;
        private final String title;

        Table(Level level, String leadingColumns, String title) {
            this.level = level;
            this.leadingColumns = leadingColumns;
            this.title = title;
        }

        String path() {
            return name().toLowerCase(Locale.ROOT);
        }

        String title() {
            return title;
        }

        /** The columns that together name a row: the month and the area. */
        List<String> keyColumns() {
            return List.of("month", leadingColumns.split(",")[1]);
        }

        static @Nullable Table byPath(String name) {
            for (Table table : values()) {
                if (table.name().equalsIgnoreCase(name)) {
                    return table;
                }
            }
            return null;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What each withheld figure's key means. */
    static final Map<String, Object> SYMBOLS = ordered("small-count", "a count from 1 to 9, withheld",
            "secondary", "withheld so that a small count cannot be worked out by subtraction",
            "low-base", "a rate or median over fewer than 10, or a share whose part or rest is from 1 to 9, "
                    + "withheld");

    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    byte[] csv(Release release, Table table, boolean gzip) {
        return file(release.version() + "/" + table + ".csv", () -> renderCsv(release, table), gzip);
    }

    byte[] json(Release release, Table table, boolean gzip) {
        return file(release.version() + "/" + table + ".json", () -> renderJson(release, table), gzip);
    }

    byte[] csvMetadata(Release release, Table table, boolean gzip) {
        return file(release.version() + "/" + table + ".csv-metadata.json", () -> CsvMetadata.render(release, table),
                gzip);
    }

    /** Rendered once, and compressed once, so answering a client that accepts gzip costs no compression. */
    private byte[] file(String name, Supplier<byte[]> render, boolean gzip) {
        byte[] plain = rendered.computeIfAbsent(name, key -> render.get());
        return gzip ? rendered.computeIfAbsent(name + ".gz", key -> gzip(plain)) : plain;
    }

    private static byte[] gzip(byte[] plain) {
        var out = new ByteArrayOutputStream(plain.length / 4);
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] renderCsv(Release release, Table table) {
        var out = new StringBuilder(table.leadingColumns);
        for (Measure measure : Measure.MONTHLY) {
            out.append(',').append(measure.key());
        }
        out.append("\r\n");
        for (StatisticsRow row : release.rows(table.level)) {
            out.append(row.month());
            switch (table) {
                case BOROUGHS -> out.append(',').append(row.code()).append(',').append(quote(row.name())).append(',')
                        .append(quote(String.valueOf(row.bcu())));
                case BCUS, LONDON -> out.append(',').append(quote(row.name()));
            }
            for (Measure measure : Measure.MONTHLY) {
                out.append(',').append(row.cell(measure).plain(measure));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] renderJson(Release release, Table table) {
        var document = new LinkedHashMap<String, Object>();
        document.put("release", summary(release.summary()));
        document.put("licence", licence());
        document.put("symbols", SYMBOLS);
        var rows = new ArrayList<Map<String, Object>>();
        for (StatisticsRow row : release.rows(table.level)) {
            var item = new LinkedHashMap<String, @Nullable Object>();
            item.put("month", row.month().toString());
            switch (table) {
                case BOROUGHS -> {
                    item.put("gss_code", row.code());
                    item.put("borough", row.name());
                    item.put("bcu", row.bcu());
                }
                case BCUS -> item.put("bcu", row.name());
                case LONDON -> item.put("area", row.name());
            }
            var measures = new LinkedHashMap<String, @Nullable Object>();
            var withheld = new LinkedHashMap<String, String>();
            for (Measure measure : Measure.MONTHLY) {
                Cell cell = row.cell(measure);
                measures.put(measure.key(), value(cell, measure));
                if (!cell.isPublished()) {
                    withheld.put(measure.key(), cell.flag().key());
                }
            }
            item.put("measures", measures);
            item.put("suppressed", withheld);
            rows.add(item);
        }
        document.put("rows", rows);
        return JSON.writeValueAsBytes(document);
    }

    private static @Nullable Object value(Cell cell, Measure measure) {
        Double value = cell.value();
        return value == null ? null : measure.isCount() ? (Object) Math.round(value) : value;
    }

    static Map<String, Object> summary(ReleaseSummary summary) {
        var map = new LinkedHashMap<String, Object>();
        map.put("version", summary.version());
        map.put("period_from", summary.periodFrom().toString());
        map.put("period_to", summary.periodTo().toString());
        map.put("published_at", timestamp(summary.publishedAt()));
        map.put("note", summary.note());
        map.put("trigger", summary.trigger().name().toLowerCase(Locale.ROOT));
        String base = "/api/v1/statistics/releases/" + summary.version();
        var links = new LinkedHashMap<String, Object>();
        links.put("self", base);
        for (Table table : Table.values()) {
            links.put(table.path() + "_csv", base + "/" + table.path() + ".csv");
            links.put(table.path() + "_csv_metadata", base + "/" + table.path() + ".csv-metadata.json");
            links.put(table.path() + "_json", base + "/" + table.path() + ".json");
        }
        links.put("charts", base + "/charts");
        map.put("links", links);
        map.put("licence", licence());
        return map;
    }

    static List<Map<String, Object>> measures() {
        return Measure.MONTHLY.stream().map(m -> ordered("key", m.key(), "label", m.label(),
                "kind", m.kind().name().toLowerCase(Locale.ROOT), "description", m.description())).toList();
    }

    static Map<String, Object> licence() {
        return ordered("name", CsvMetadata.LICENCE_NAME, "url", CsvMetadata.LICENCE_URL);
    }

    /**
     * Every time the API gives, in one form: ISO 8601 in UTC to the whole second ({@code 2031-02-25T09:00:00Z}).
     * Releases keep their publication time to the second (see {@link ReleaseSummary}).
     */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * A map that keeps the order its entries are given in. {@code Map.of} must not be used for what is written out:
     * its order changes from one start of the JVM to the next, and a release's bytes must never change.
     */
    static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
