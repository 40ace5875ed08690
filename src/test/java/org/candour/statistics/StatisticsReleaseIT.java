package org.candour.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.support.TestSecurity.as;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.candour.requests.Outcome;
import org.candour.footage.FootageImportService;
import org.candour.footage.ImportProgress;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.requests.AnsweredRequestFact;
import org.candour.requests.CaseworkService;
import org.candour.requests.FilingReceipt;
import org.candour.requests.RequestFigures;
import org.candour.requests.RequestFilingService;
import org.candour.requests.domain.NoFootageReason;
import org.candour.shared.LondonTime;
import org.candour.statistics.internal.ReleaseStore;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Releases built from a real catalogue and real requests in H2, frozen, attacked by differencing, and served by the
 * public API without signing in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "candour.statistics.months=3")
@Import(ClockTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsReleaseIT {

    private static final String LAMBETH = "E09000022";
    private static final String SOUTHWARK = "E09000028";
    private static final String OFFICER = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final YearMonth FEBRUARY = YearMonth.of(2031, 2);

    @Autowired
    StatisticsReleases releases;
    @Autowired
    FootageImportService imports;
    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    RequestFigures requestFigures;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    ReleaseStore store;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> references = new ArrayList<>();

    @BeforeAll
    void catalogueAndRequests() {
        clock.set(Instant.parse("2031-02-20T10:00:00Z"));
        var csv = new StringBuilder("recording_id,camera_id,borough_code,start,end,category,evidential,officer_key\n");
        for (int i = 0; i < 25; i++) {   // Lambeth: 25 recordings on 5 cameras, 5 evidential, 8 stops and searches
            csv.append(row("L" + i, "CAM-L" + (i % 5), LAMBETH, Instant.parse("2031-02-03T12:00:00Z").plusSeconds(
                    3600L * i), i < 8 ? "stop_and_search" : "other", i >= 20));
        }
        for (int i = 0; i < 3; i++) {    // Southwark: 3 recordings, a small count
            csv.append(row("S" + i, "CAM-S", SOUTHWARK, Instant.parse("2031-02-04T12:00:00Z").plusSeconds(60L * i),
                    "arrest", false));
        }
        imports.importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                ImportProgress.Listener.NONE);

        String caseworker = accounts.open(TestStaff.account("stats", Role.CASEWORKER)).username();
        for (int i = 0; i < 3; i++) {
            FilingReceipt receipt = filing.file(TestRequests.valid(LondonTime.today(clock).minusDays(40)));
            references.add(receipt.reference());
        }
        clock.set(Instant.parse("2031-02-24T10:00:00Z"));
        as(caseworker, Role.CASEWORKER, () -> {
            var d = casework.find(references.getFirst()).orElseThrow();
            d = casework.verifyIdentity(d.reference(), d.version(), LondonTime.today(clock));
            d = casework.startSearch(d.reference(), d.version());
            return casework.noFootageHeld(d.reference(), d.version(), NoFootageReason.DELETED_BEFORE_REQUEST);
        });
        clock.set(Instant.parse("2031-02-25T09:00:00Z"));
    }

    private static String row(String id, String camera, String borough, Instant start, String category,
                              boolean evidential) {
        return String.join(",", id, camera, borough, start.toString(), start.plusSeconds(1800).toString(), category,
                Boolean.toString(evidential), OFFICER) + "\n";
    }

    @Test
    void requestFactsCarryTheOutcomeAndNothingThatIdentifiesTheRequester() {
        List<AnsweredRequestFact> facts = requestFigures.receivedBetween(LocalDate.of(2031, 2, 1),
                LocalDate.of(2031, 2, 28));
        assertThat(facts).hasSize(3).allSatisfy(f -> assertThat(f.boroughCode()).isEqualTo(LAMBETH));
        assertThat(facts).filteredOn(f -> f.outcome() != null).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.NO_FOOTAGE_HELD);
            assertThat(f.answeredOn()).isEqualTo(LocalDate.of(2031, 2, 24));
            assertThat(f.footageDeletedBeforeRequest()).isTrue();
            assertThat(f.dueOn()).isAfter(f.answeredOn());
        });
        assertThat(facts.toString()).doesNotContain(TestRequests.NAME, TestRequests.EMAIL, references.getFirst());
    }

    @Test
    void aReleaseWithholdsSmallCountsAndWhatWouldRevealThemAndRecoversNothingUnderAttack() {
        Release release = releases.version(releases.publish("Test release.", ReleaseSummary.Trigger.ADMINISTRATOR)
                .version()).orElseThrow();

        assertThat(release.summary().periodFrom()).isEqualTo(LocalDate.of(2030, 12, 1));
        assertThat(release.summary().periodTo()).isEqualTo(LocalDate.of(2031, 2, 25));
        assertThat(release.months()).containsExactly(YearMonth.of(2030, 12), YearMonth.of(2031, 1), FEBRUARY);
        var lambeth = release.row(Level.BOROUGH, LAMBETH, FEBRUARY).orElseThrow();
        var southwark = release.row(Level.BOROUGH, SOUTHWARK, FEBRUARY).orElseThrow();
        var centralSouth = release.row(Level.BCU, "Central South", FEBRUARY).orElseThrow();
        var london = release.row(Level.LONDON, Level.LONDON_CODE, FEBRUARY).orElseThrow();
        assertThat(southwark.cell(Measure.RECORDINGS).display(Measure.RECORDINGS)).isEqualTo("<10");
        assertThat(lambeth.cell(Measure.RECORDINGS).display(Measure.RECORDINGS)).isEqualTo("[c]");
        assertThat(centralSouth.cell(Measure.RECORDINGS).value()).isEqualTo(28.0);
        assertThat(london.cell(Measure.RECORDINGS).value()).isEqualTo(28.0);
        assertThat(lambeth.cell(Measure.HOURS_RECORDED).isPublished()).isFalse();
        assertThat(centralSouth.cell(Measure.HOURS_RECORDED).value()).isEqualTo(14.0);
        // 5 of 28 recordings were evidential: 17.9% beside the published 28 would give away the count 5.
        assertThat(centralSouth.cell(Measure.EVIDENTIAL_SHARE).flag()).isEqualTo(Cell.Flag.LOW_BASE);
        assertThat(lambeth.cell(Measure.REQUESTS_RECEIVED).flag()).isEqualTo(Cell.Flag.SMALL_COUNT);
        assertThat(lambeth.cell(Measure.MEDIAN_DAYS_TO_ANSWER).flag()).isEqualTo(Cell.Flag.LOW_BASE);
        assertThat(release.row(Level.BOROUGH, "E09000002", FEBRUARY).orElseThrow().cell(Measure.RECORDINGS).value())
                .isZero();

        ReleaseAttack.recoversNothing(release);
    }

    @Test
    void aCorrectionIsANewVersionWithItsNoteAndEarlierReleasesStayAsTheyWere() {
        int first = releases.publish("Monthly release.", ReleaseSummary.Trigger.SCHEDULE).version();
        Release before = releases.version(first).orElseThrow();

        int correction = releases.publish("Corrects release " + first + ": late footage.",
                ReleaseSummary.Trigger.ADMINISTRATOR).version();

        assertThat(correction).isEqualTo(first + 1);
        assertThat(releases.latest().orElseThrow().summary().note()).isEqualTo("Corrects release " + first
                + ": late footage.");
        assertThat(releases.list().getFirst().version()).isEqualTo(correction);
        assertThat(releases.version(first).orElseThrow()).isEqualTo(before);
        assertThat(store.load(first)).as("read back from the database, not the cache").contains(before);
    }

    @Test
    void theOpenDataApiServesReleasesToAnyoneWithCachingHeaders() throws Exception {
        int version = releases.publish("API release.", ReleaseSummary.Trigger.ADMINISTRATOR).version();

        var list = get("/api/v1/statistics/releases");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"version\":" + version, "\"note\":\"API release.\"");
        assertThat(list.headers().firstValue("Set-Cookie")).isEmpty();

        var csv = get("/api/v1/statistics/releases/" + version + "/boroughs.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "immutable");
        String etag = csv.headers().firstValue("ETag").orElseThrow();
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("month,gss_code,borough,bcu,cameras_deployed,recordings,");
        assertThat(lines).hasSize(1 + 3 * 32);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("2031-02,E09000028,Southwark,Central South,"
                + "<10,<10,[c],[low],"));
        assertThat(csv.body()).doesNotContain(TestRequests.NAME, references.getFirst());

        var again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/statistics/releases/"
                + version + "/boroughs.csv")).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);

        var json = get("/api/v1/statistics/releases/latest/boroughs.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300");
        assertThat(json.body()).contains("\"gss_code\":\"E09000028\"",
                "\"recordings\":null", "\"suppressed\":{\"cameras_deployed\":\"small-count\",\"recordings\":\"small-count\"");

        var zipped = http.send(HttpRequest.newBuilder(uri("/api/v1/statistics/releases/" + version
                + "/boroughs.csv")).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))
                .readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv.body());

        var bcus = get("/api/v1/statistics/releases/latest/bcus.csv");
        assertThat(bcus.body().lines()).hasSize(1 + 3 * 12).anySatisfy(line -> assertThat(line)
                .startsWith("2031-02,Central South,<10,28,14.0,[low],"));
        assertThat(get("/api/v1/statistics/releases/latest").body()).contains("\"months\":[\"2030-12\"");
        assertThat(get("/api/v1/statistics/openapi.yaml").body()).contains("openapi: 3.1.0");
    }

    @Test
    void unknownReleasesAndFilesAre404ProblemsAndNothingButReadingIsAllowed() throws Exception {
        for (String path : List.of("/api/v1/statistics/releases/9999", "/api/v1/statistics/releases/abc",
                "/api/v1/statistics/releases/9999/boroughs.csv", "/api/v1/statistics/releases/latest/wards.json")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(response.body()).contains("\"title\":\"Release not found\"", "\"status\":404");
        }
        var post = http.send(HttpRequest.newBuilder(uri("/api/v1/statistics/releases"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
