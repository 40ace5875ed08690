package org.candour.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.candour.statistics.Release;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsReleases;
import org.candour.statistics.internal.ReleaseStore;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data API as a journalist's program meets it, over real HTTP: readable from other sites (CORS), clear
 * 404s, caching and compression by the rules, CSV on the Web metadata, embeddable charts, and every answer as its
 * OpenAPI document says (checked by a maintained validator, not by hand).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "candour.statistics.months=3")
@Import(ClockTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataApiIT {

    private static final String API = "/api/v1/statistics";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    StatisticsReleases releases;
    @Autowired
    MutableClock clock;
    @Autowired
    ReleaseStore store;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private int version;

    @BeforeAll
    void publish() {
        clock.set(Instant.parse("2031-02-25T09:00:01.123456789Z"));
        version = releases.publish("Open data test release.", ReleaseSummary.Trigger.ADMINISTRATOR).version();
    }

    @Test
    void anyWebPageMayReadTheOpenDataWithoutCredentialsButNotTheStaffApis() throws Exception {
        var read = send(get(API + "/releases/" + version + "/boroughs.csv").header("Origin", "https://news.example"));
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("ETag", "Link");

        var preflight = send(request(API + "/releases/" + version + "/boroughs.json").method("OPTIONS",
                HttpRequest.BodyPublishers.noBody()).header("Origin", "https://news.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("GET")
                .doesNotContain("POST");

        var writing = send(request(API + "/releases").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://news.example").header("Access-Control-Request-Method", "POST"));
        assertThat(writing.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        for (String staff : List.of("/api/v1/audit/verification", "/api/v1/footage/recordings")) {
            var answer = send(request(staff).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://news.example").header("Access-Control-Request-Method", "GET"));
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(staff).isEmpty();
            var direct = send(get(staff).header("Origin", "https://news.example"));
            assertThat(direct.headers().firstValue("Access-Control-Allow-Origin")).as(staff).isEmpty();
        }
    }

    @Test
    void anUnknownApiPathIsA404ProblemNeverThePagesHtml() throws Exception {
        for (String path : List.of("/api/nothing", "/api/v2/statistics/releases", API + "/nothing",
                API + "/releases/" + version + "/wards.xml", API + "/releases/" + version + "/charts/nonsense.png",
                API + "/releases/" + version + "/charts/recordings-E09999999.svg",
                API + "/releases/" + version + "/charts/league-1999-01.png")) {
            var answer = send(get(path));
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(path)
                    .startsWith("application/problem+json");
            assertThat(JSON.readTree(answer.body()).get("status").asInt()).as(path).isEqualTo(404);
            assertThat(text(answer)).doesNotContain("<html");
        }
    }

    @Test
    void aNotModifiedAnswerVariesLikeTheFullOneAndGzipIsSentOnlyWhenAccepted() throws Exception {
        String path = API + "/releases/" + version + "/bcus.csv";
        var full = send(get(path).header("Accept-Encoding", "gzip"));
        assertThat(full.headers().firstValue("Content-Encoding")).contains("gzip");
        var fullVary = full.headers().allValues("Vary");
        assertThat(String.join(",", fullVary)).contains("Accept-Encoding");

        var notModified = send(get(path).header("Accept-Encoding", "gzip")
                .header("If-None-Match", full.headers().firstValue("ETag").orElseThrow()));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().allValues("Vary")).isEqualTo(fullVary);
        assertThat(notModified.headers().firstValue("Cache-Control")).isEqualTo(full.headers()
                .firstValue("Cache-Control"));

        var refused = send(get(path).header("Accept-Encoding", "gzip;q=0, identity"));
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(text(refused)).startsWith("month,bcu,");
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(full.body())).readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo(text(refused));
    }

    @Test
    void eachCsvFileHasCsvOnTheWebMetadataWithItsColumnsSymbolsAndLicence() throws Exception {
        String csvPath = API + "/releases/" + version + "/boroughs.csv";
        var csv = send(get(csvPath));
        assertThat(csv.headers().firstValue("Link").orElseThrow())
                .isEqualTo("<boroughs.csv-metadata.json>; rel=\"describedby\"; type=\"application/csvm+json\"");
        List<String> header = List.of(text(csv).lines().findFirst().orElseThrow().split(","));

        var answer = send(get(API + "/releases/" + version + "/boroughs.csv-metadata.json"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/csvm+json");
        assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        JsonNode metadata = JSON.readTree(answer.body());
        assertThat(metadata.get("@context").get(0).asString()).isEqualTo("http://www.w3.org/ns/csvw");
        assertThat(URI.create("http://x" + csvPath.replace("boroughs.csv", ""))
                .resolve(metadata.get("url").asString()).getPath()).isEqualTo(csvPath);
        assertThat(metadata.get("dc:license").get("@id").asString())
                .isEqualTo("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        assertThat(metadata.get("rdfs:comment").asString()).contains("Open Government Licence v3.0");
        var columns = new ArrayList<String>();
        metadata.get("tableSchema").get("columns").forEach(column -> columns.add(column.get("titles").asString()));
        assertThat(columns).isEqualTo(header);
        JsonNode recordings = column(metadata, "recordings");
        assertThat(recordings.get("datatype").get("base").asString()).isEqualTo("nonNegativeInteger");
        assertThat(recordings.get("null").toString()).isEqualTo("[\"<10\",\"[c]\",\"[low]\"]");
        assertThat(column(metadata, "hours_recorded").get("schema:unitText").asString()).isEqualTo("hours");
        assertThat(column(metadata, "answered_in_time_share").get("schema:unitText").asString())
                .isEqualTo("percent");
        assertThat(column(metadata, "month").get("datatype").get("base").asString()).isEqualTo("gYearMonth");

        var json = JSON.readTree(send(get(API + "/releases/" + version + "/london.json")).body());
        assertThat(json.get("licence").get("name").asString()).isEqualTo("Open Government Licence v3.0");
    }

    @Test
    void eachChartHasALastingAddressPerReleaseAsPngAndSvgWithItsTextAlternative() throws Exception {
        String base = API + "/releases/" + version + "/charts/";
        var png = send(get(base + "recordings-E09000022.png"));
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(png.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable", "max-age=31536000");
        assertThat(new String(png.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(send(get(base + "recordings-E09000022.png")).body()).isEqualTo(png.body());

        String svg = text(send(get(base + "median_days_to_answer-E09000022-E09000028.svg")));
        assertThat(svg).contains("<svg role=\"img\"", "<title>Line chart of median days to answer by month",
                "Lambeth", "Southwark", "Source: Candour body-worn video statistics, release " + version);

        var league = send(get(base + "league-2031-02.svg"));
        assertThat(league.statusCode()).isEqualTo(200);
        assertThat(text(league)).contains("<title>Bar chart with no bars", "Open Government Licence v3.0");
        var latest = send(get(API + "/releases/latest/charts/league-2031-02.png"));
        assertThat(latest.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300")
                .doesNotContain("immutable");
    }

    @Test
    void aNumberedReleaseIsTheSameByteForByteWhenReadBackFromTheDatabase() throws Exception {
        Release reloaded = store.load(version).orElseThrow();
        assertThat(reloaded).isEqualTo(releases.version(version).orElseThrow());
        var fresh = new OpenDataFiles();
        String release = API + "/releases/" + version + "/";
        for (OpenDataFiles.Table table : OpenDataFiles.Table.values()) {
            var csv = send(get(release + table.path() + ".csv"));
            assertThat(csv.body()).as(table + " CSV").isEqualTo(fresh.csv(reloaded, table, false));
            assertThat(csv.headers().firstValue("ETag")).contains("\"statistics-v" + version + "-" + table.path()
                    + "-csv\"");
            assertThat(send(get(release + table.path() + ".json")).body()).as(table + " JSON")
                    .isEqualTo(fresh.json(reloaded, table, false));
            assertThat(send(get(release + table.path() + ".csv-metadata.json")).body()).as(table + " CSVW")
                    .isEqualTo(fresh.csvMetadata(reloaded, table, false));
        }
        String published = JSON.readTree(send(get(API + "/releases/" + version)).body()).get("published_at")
                .asString();
        assertThat(published).isEqualTo("2031-02-25T09:00:01Z");
        JsonNode listed = null;
        for (JsonNode entry : JSON.readTree(send(get(API + "/releases")).body()).get("releases")) {
            if (entry.get("version").asInt() == version) {
                listed = entry;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("published_at").asString()).isEqualTo(published);
    }

    @Test
    void theDocumentNamesEveryOperationAndItsClientErrors() throws Exception {
        var api = new OpenAPIV3Parser().readContents(openApi()).getOpenAPI();
        assertThat(api.getPaths()).isNotEmpty();
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            assertThat(operation.getOperationId()).as(path).isNotBlank();
            if (path.contains("{")) {
                assertThat(operation.getResponses()).as(path).containsKey("404");
            }
            // Every operation negotiates its one media type: an Accept header it cannot meet is a 406.
            assertThat(operation.getResponses()).as(path).containsKey("406");
        }));
    }

    @Test
    void realAnswersMatchTheOpenApiDocument() throws Exception {
        var validator = OpenApiInteractionValidator.createForInlineApiSpecification(openApi()).build();
        String release = API + "/releases/" + version;
        List<String> paths = List.of(API + "/releases", release, API + "/releases/latest", release + "/boroughs.csv",
                release + "/bcus.json", release + "/london.csv-metadata.json", release + "/boroughs.json",
                release + "/charts/recordings-E09000022.svg", release + "/charts/league-2031-02.png",
                API + "/openapi.yaml", API + "/releases/9999", API + "/releases/9999/bcus.csv",
                API + "/releases/abc/bcus.json", release + "/charts/recordings-E09999999.png");
        var problems = new ArrayList<String>();
        for (String path : paths) {
            problems.addAll(validate(validator, path, Map.of()));
        }
        String csv = release + "/boroughs.csv";
        String etag = send(get(csv)).headers().firstValue("ETag").orElseThrow();
        problems.addAll(validate(validator, csv, Map.of("If-None-Match", etag, "Accept-Encoding", "gzip")));
        // The operations without parameters have client errors too: an Accept header they cannot meet.
        List<String> unacceptable = List.of(API + "/releases", API + "/openapi.yaml", API + "/calendar",
                API + "/calendar.ics", API + "/releases.atom", release);
        for (String path : unacceptable) {
            var answer = send(get(path).header("Accept", "text/x-unknown"));
            assertThat(answer.statusCode()).as(path + " with an Accept it cannot meet").isEqualTo(406);
            // The request is wrong on purpose (its Accept matches no response type): only the answer is checked.
            problems.addAll(validate(validator, path, Map.of("Accept", "text/x-unknown")).stream()
                    .filter(problem -> !problem.contains("Request Accept header")).toList());
        }
        System.out.println("OpenAPI contract: " + (paths.size() + 1 + unacceptable.size())
                + " real answers validated against "
                + "openapi.yaml, " + problems.size() + " problems");
        assertThat(problems).isEmpty();
    }

    private List<String> validate(OpenApiInteractionValidator validator, String path, Map<String, String> headers)
            throws Exception {
        var builder = get(path);
        headers.forEach(builder::header);
        var answer = send(builder);
        var request = SimpleRequest.Builder.get(path);
        headers.forEach(request::withHeader);
        var response = SimpleResponse.Builder.status(answer.statusCode());
        answer.headers().map().forEach(response::withHeader);
        answer.headers().firstValue("Content-Type").ifPresent(response::withContentType);
        boolean binary = answer.headers().firstValue("Content-Type").orElse("").startsWith("image/png")
                || answer.headers().firstValue("Content-Encoding").isPresent();
        if (answer.body().length > 0) {
            if (binary) {
                response.withBody(answer.body());
            } else {
                response.withBody(text(answer));
            }
        }
        ValidationReport report = validator.validate(request.build(), response.build());
        return report.getMessages().stream().map(message -> path + " answered " + answer.statusCode() + ": "
                + message).toList();
    }

    private static JsonNode column(JsonNode metadata, String name) {
        for (JsonNode column : metadata.get("tableSchema").get("columns")) {
            if (column.get("name").asString().equals(name)) {
                return column;
            }
        }
        throw new AssertionError("No column " + name);
    }

    private static String openApi() throws Exception {
        return new ClassPathResource("statistics/openapi.yaml").getContentAsString(StandardCharsets.UTF_8);
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
