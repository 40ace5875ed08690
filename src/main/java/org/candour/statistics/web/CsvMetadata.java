package org.candour.statistics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.candour.statistics.Cell;
import org.candour.statistics.Measure;
import org.candour.statistics.Release;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CSV on the Web metadata of a release's CSV file (W3C "Metadata Vocabulary for Tabular Data", 2015): each
 * column's name, title, datatype and unit, the suppression symbols a column may hold instead of a number (as its
 * {@code null} values, so a CSVW reader reads them as missing), the release it belongs to and the licence. Served as
 * {@code <file>.csv-metadata.json} beside the CSV, which links to it with {@code Link: rel="describedby"}.
 */
final class CsvMetadata {

    static final String MEDIA_TYPE = "application/csvm+json";
    static final String LICENCE_NAME = "Open Government Licence v3.0";
    static final String LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    static final String PUBLISHER = "Candour body-worn video statistics";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> TEXT = Map.of("base", "string");

    private CsvMetadata() {
    }

    static byte[] render(Release release, OpenDataFiles.Table table) {
        var s = release.summary();
        var document = new LinkedHashMap<String, Object>();
        document.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", "en")));
        document.put("url", table.path() + ".csv");
        document.put("dc:title", "Body-worn video statistics by " + table.title() + " and month, release "
                + s.version());
        document.put("dc:description", "Disclosure-controlled figures of release " + s.version() + " ("
                + s.periodFrom() + " to " + s.periodTo() + "). " + s.note() + " Withheld figures: "
                + String.join("; ", symbols()) + ".");
        document.put("dc:publisher", PUBLISHER);
        document.put("dc:issued", OpenDataFiles.ordered("@value",
                OpenDataFiles.timestamp(s.publishedAt()), "@type", "xsd:dateTime"));
        document.put("dc:temporal", s.periodFrom() + "/" + s.periodTo());
        document.put("dc:license", Map.of("@id", LICENCE_URL));
        document.put("rdfs:comment", "Licence: " + LICENCE_NAME + " (" + LICENCE_URL + ").");
        document.put("dialect", OpenDataFiles.ordered("header", true, "encoding", "utf-8"));
        var schema = new LinkedHashMap<String, Object>();
        var columns = new ArrayList<Map<String, Object>>();
        for (String leading : table.leadingColumns.split(",")) {
            columns.add(leadingColumn(leading));
        }
        for (Measure measure : Measure.MONTHLY) {
            columns.add(measureColumn(measure));
        }
        schema.put("columns", columns);
        schema.put("primaryKey", table.keyColumns());
        document.put("tableSchema", schema);
        return JSON.writeValueAsBytes(document);
    }

    /** "&lt;10: a count from 1 to 9, withheld", one for each symbol. */
    static List<String> symbols() {
        var symbols = new ArrayList<String>();
        for (Cell.Flag flag : Cell.Flag.values()) {
            if (flag != Cell.Flag.PUBLISHED) {
                symbols.add(flag.symbol() + " " + OpenDataFiles.SYMBOLS.get(flag.key()));
            }
        }
        return symbols;
    }

    private static Map<String, Object> leadingColumn(String name) {
        return switch (name) {
            case "month" -> column(name, "Month", Map.of("base", "gYearMonth"), "the calendar month (London time)",
                    null);
            case "gss_code" -> column(name, "GSS code", OpenDataFiles.ordered("base", "string", "format",
                    "E09[0-9]{6}"),
                    "the borough's Government Statistical Service code", null);
            case "borough" -> column(name, "Borough", TEXT, "the London borough", null);
            case "bcu" -> column(name, "BCU", TEXT, "the Metropolitan Police Basic Command Unit", null);
            default -> column(name, "Area", TEXT, "the whole Metropolitan Police area", null);
        };
    }

    private static Map<String, Object> measureColumn(Measure measure) {
        Map<String, Object> datatype = switch (measure.kind()) {
            case COUNT -> Map.of("base", "nonNegativeInteger");
            case RATE -> OpenDataFiles.ordered("base", "decimal", "minimum", 0, "maximum", 100);
            case HOURS, MEDIAN -> OpenDataFiles.ordered("base", "decimal", "minimum", 0);
        };
        String unit = switch (measure.kind()) {
            case COUNT -> "count";
            case RATE -> "percent";
            case HOURS -> "hours";
            case MEDIAN -> "days";
        };
        var column = column(measure.key(), measure.label(), datatype, measure.description(), unit);
        column.put("null", nullSymbols());
        return column;
    }

    private static List<String> nullSymbols() {
        var symbols = new ArrayList<String>();
        for (Cell.Flag flag : Cell.Flag.values()) {
            if (flag != Cell.Flag.PUBLISHED) {
                symbols.add(flag.symbol());
            }
        }
        return symbols;
    }

    private static Map<String, Object> column(String name, String title, Map<String, Object> datatype, String description,
                                              @Nullable String unit) {
        var column = new LinkedHashMap<String, Object>();
        column.put("name", name);
        column.put("titles", name);
        column.put("dc:title", title);
        column.put("dc:description", description);
        column.put("datatype", datatype);
        if (unit != null) {
            column.put("schema:unitText", unit);
        }
        column.put("required", unit == null);
        return column;
    }
}
