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
import org.springframework.http.CacheControl;
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
 * release is published, so they are cached for five minutes. Documented in {@code openapi.yaml}.
 */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final CacheControl FROZEN = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl CHANGING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final StatisticsReleases releases;
    private final OpenDataFiles files;

    StatisticsApiController(StatisticsReleases releases, OpenDataFiles files) {
        this.releases = releases;
        this.files = files;
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
        return file(version, table, "csv", request);
    }

    @GetMapping("/releases/{version}/{table}.json")
    ResponseEntity<?> json(@PathVariable String version, @PathVariable String table, WebRequest request) {
        return file(version, table, "json", request);
    }

    @GetMapping(value = "/openapi.yaml", produces = "application/yaml")
    ResponseEntity<ClassPathResource> openApi() {
        return ResponseEntity.ok().cacheControl(CHANGING).contentType(MediaType.parseMediaType("application/yaml"))
                .body(new ClassPathResource("statistics/openapi.yaml"));
    }

    private ResponseEntity<?> file(String version, String tableName, String format, WebRequest request) {
        OpenDataFiles.Table table = OpenDataFiles.Table.byPath(tableName);
        Optional<Release> found = find(version);
        if (table == null || found.isEmpty()) {
            return notFound(version + "/" + tableName + "." + format);
        }
        Release release = found.get();
        String etag = etag(release, table.name().toLowerCase(Locale.ROOT) + "-" + format);
        CacheControl cache = cache(version);
        if (request.checkNotModified(etag)) {
            return notModified(etag, cache);
        }
        boolean csv = format.equals("csv");
        String accepted = request.getHeader("Accept-Encoding");
        boolean gzip = accepted != null && accepted.contains("gzip");
        String fileName = "candour-statistics-v" + release.version() + "-" + tableName + "." + format;
        return ResponseEntity.ok().eTag(etag).cacheControl(cache)
                .contentType(csv ? CSV : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("Vary", "Accept-Encoding")
                .headers(headers -> {
                    if (gzip) {
                        headers.set("Content-Encoding", "gzip");
                    }
                })
                .body(csv ? files.csv(release, table, gzip) : files.json(release, table, gzip));
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
