package org.candour.statistics.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import org.candour.statistics.Release;
import org.candour.statistics.StatisticsReleases;
import org.springframework.core.io.ClassPathResource;
import org.candour.statistics.ui.ChartCatalogue;
import org.candour.statistics.ui.EmbeddableChart;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The open-data API: releases only, never live figures. A numbered release never changes, so its answers are
 * cacheable for a year ({@code immutable}) with an ETag naming the release; "latest" and the list change when a
 * release is published, so they are cached for five minutes. Documented in {@code openapi.yaml}; CORS is allowed
 * for any origin ({@link StatisticsApiSecurity}). Each CSV file links to its CSV on the Web metadata, and each
 * chart of the statistics pages has a lasting address per release.
 */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApiController {

    static final MediaType CSV_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final CacheControl FROZEN = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl CHANGING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final StatisticsReleases releases;
    private final OpenDataFiles files;
    private final ChartCatalogue charts;

    StatisticsApiController(StatisticsReleases releases, OpenDataFiles files, ChartCatalogue charts) {
        this.releases = releases;
        this.files = files;
        this.charts = charts;
    }

    @GetMapping(value = "/releases", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> list(WebRequest request) {
        var all = releases.list();
        String etag = "\"releases-" + (all.isEmpty() ? 0 : all.getFirst().version()) + "\"";
        if (request.checkNotModified(etag)) {
            return notModified(etag, CHANGING);
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("releases", all.stream().map(OpenDataFiles::summary).toList());
        body.put("documentation", "/api/v1/statistics/openapi.yaml");
        return ResponseEntity.ok().eTag(etag).cacheControl(CHANGING).body(body);
    }

    @GetMapping(value = "/releases/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> release(@PathVariable String version, WebRequest request) {
        return find(version).<ResponseEntity<?>>map(release -> {
            String etag = etag(release, "summary");
            CacheControl cache = cache(version);
            if (request.checkNotModified(etag)) {
                return notModified(etag, cache);
            }
            var body = OpenDataFiles.summary(release.summary());
            body.put("months", release.months().stream().map(Object::toString).toList());
            body.put("measures", OpenDataFiles.measures());
            return ResponseEntity.ok().eTag(etag).cacheControl(cache).body(body);
        }).orElseGet(() -> notFound(version));
    }

    @GetMapping("/releases/{version}/{table}.csv")
    ResponseEntity<?> csv(@PathVariable String version, @PathVariable String table, WebRequest request) {
        return file(version, table, Format.CSV, request);
    }

    @GetMapping("/releases/{version}/{table}.csv-metadata.json")
    ResponseEntity<?> csvMetadata(@PathVariable String version, @PathVariable String table, WebRequest request) {
        return file(version, table, Format.CSV_METADATA, request);
    }

    @GetMapping("/releases/{version}/{table}.json")
    ResponseEntity<?> json(@PathVariable String version, @PathVariable String table, WebRequest request) {
        return file(version, table, Format.JSON, request);
    }

    @GetMapping("/releases/{version}/charts/{chart}.png")
    ResponseEntity<?> chartPng(@PathVariable String version, @PathVariable String chart, WebRequest request) {
        return chart(version, chart, "png", request);
    }

    @GetMapping("/releases/{version}/charts/{chart}.svg")
    ResponseEntity<?> chartSvg(@PathVariable String version, @PathVariable String chart, WebRequest request) {
        return chart(version, chart, "svg", request);
    }

    @GetMapping(value = "/openapi.yaml", produces = "application/yaml")
    ResponseEntity<ClassPathResource> openApi() {
        return ResponseEntity.ok().cacheControl(CHANGING).contentType(MediaType.parseMediaType("application/yaml"))
                .body(new ClassPathResource("statistics/openapi.yaml"));
    }

    /** The files of a release, how they are named and typed. */
    private enum Format {
        CSV("csv", CSV_TYPE), JSON("json", MediaType.APPLICATION_JSON),
        CSV_METADATA("csv-metadata.json", MediaType.parseMediaType(CsvMetadata.MEDIA_TYPE));

        final String extension;
        final MediaType type;

        Format(String extension, MediaType type) {
            this.extension = extension;
            this.type = type;
        }
    }

    private ResponseEntity<?> file(String version, String tableName, Format format, WebRequest request) {
        OpenDataFiles.Table table = OpenDataFiles.Table.byPath(tableName);
        Optional<Release> found = find(version);
        if (table == null || found.isEmpty()) {
            return notFound(version + "/" + tableName + "." + format.extension);
        }
        Release release = found.get();
        String etag = etag(release, table.path() + "-" + format.name().toLowerCase(Locale.ROOT));
        CacheControl cache = cache(version);
        // A 304 carries the Vary of the 200 it stands for (RFC 9110 s.15.4.5), or a cache may mix the two encodings.
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache)
                    .varyBy(HttpHeaders.ACCEPT_ENCODING).build();
        }
        boolean gzip = AcceptEncoding.allowsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String fileName = "candour-statistics-v" + release.version() + "-" + tableName + "." + format.extension;
        byte[] body = switch (format) {
            case CSV -> files.csv(release, table, gzip);
            case JSON -> files.json(release, table, gzip);
            case CSV_METADATA -> files.csvMetadata(release, table, gzip);
        };
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).contentType(format.type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                .varyBy(HttpHeaders.ACCEPT_ENCODING)
                .headers(headers -> {
                    if (gzip) {
                        headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
                    }
                    if (format == Format.CSV) {
                        headers.add(HttpHeaders.LINK, "<" + table.path() + ".csv-metadata.json>; rel=\"describedby\"; "
                                + "type=\"" + CsvMetadata.MEDIA_TYPE + "\"");
                    }
                })
                .body(body);
    }

    /** A chart of a release at its lasting address, to embed: the same picture as on the statistics pages. */
    private ResponseEntity<?> chart(String version, String id, String extension, WebRequest request) {
        Optional<Release> found = find(version);
        Optional<EmbeddableChart> chart = found.flatMap(release -> charts.find(release, id));
        if (chart.isEmpty()) {
            return notFound(version + "/charts/" + id + "." + extension);
        }
        String etag = etag(found.get(), "chart-" + id + "-" + extension);
        CacheControl cache = cache(version);
        if (request.checkNotModified(etag)) {
            return notModified(etag, cache);
        }
        boolean png = extension.equals("png");
        return ResponseEntity.ok().eTag(etag).cacheControl(cache)
                .contentType(png ? MediaType.IMAGE_PNG : MediaType.parseMediaType("image/svg+xml"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + chart.get().fileName() + "."
                        + extension + "\"")
                .body(png ? charts.png(chart.get()) : charts.svg(chart.get()));
    }

    private Optional<Release> find(String version) {
        if (version.equals("latest")) {
            return releases.latest();
        }
        if (!version.matches("[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        return releases.version(Integer.parseInt(version));
    }

    private static String etag(Release release, String part) {
        return "\"statistics-v" + release.version() + "-" + part + "\"";
    }

    private static CacheControl cache(String version) {
        return version.equals("latest") ? CHANGING : FROZEN;
    }

    private static ResponseEntity<?> notModified(String etag, CacheControl cache) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
    }

    private static ResponseEntity<?> notFound(String what) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no statistics release or file at " + what + ". GET /api/v1/statistics/releases lists them.");
        problem.setTitle("Release not found");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

}
