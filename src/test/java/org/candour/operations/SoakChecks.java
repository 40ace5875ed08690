package org.candour.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks after {@code .ci/cluster soak}, printed as figures: no acknowledged filing lost (each in the database
 * with its timeline, its index document and its receipt email), the index equal to the database (count and
 * versions), no half-changed request, the audit chain intact, no email sent twice, and the errors the browsers met
 * by kind and by the fault under way. Exits 1 if a check fails. Not a test: run by the script.
 *
 * <p>Usage: {@code SoakChecks converge|final <soakDir> <jdbcUrl> <dbUser> <dbPassword> <elasticsearch> <portal>
 * <admin> <password>}. {@code converge} waits (up to 60 s) for the index to equal the database and prints how long
 * it took.
 */
public final class SoakChecks {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final Path soak;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final URI elasticsearch;
    private final URI portal;
    private final String basicAuth;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();

    private SoakChecks(String[] args) {
        this.soak = Path.of(args[1]);
        this.jdbcUrl = args[2];
        this.dbUser = args[3];
        this.dbPassword = args[4];
        this.elasticsearch = URI.create(args[5]);
        this.portal = URI.create(args[6]);
        this.basicAuth = "Basic " + Base64.getEncoder().encodeToString((args[7] + ":" + args[8])
                .getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        var checks = new SoakChecks(args);
        if (args[0].equals("converge")) {
            checks.converge();
        }
        else {
            checks.all();
        }
        System.exit(checks.failures.isEmpty() ? 0 : 1);
    }

    /** Polls until the index equals the database; prints the seconds it took, or fails after 60 s. */
    private void converge() throws Exception {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(60).toNanos();
        String difference = "not checked";
        while (System.nanoTime() < deadline) {
            try {
                difference = indexDifference();
                if (difference.isEmpty()) {
                    System.out.printf("Index converged to the database %.1f s after the cluster answered%n",
                            (System.nanoTime() - started) / 1e9);
                    return;
                }
            }
            catch (IOException | RuntimeException unavailable) {
                difference = "Elasticsearch: " + unavailable.getMessage();
            }
            waitABit();
        }
        fail("Index did not converge within 60 s: " + difference);
    }

    private void all() throws Exception {
        awaitOutboxDrained();
        List<String> acknowledged = column(soak.resolve("acknowledged.csv"), 0);
        Map<String, Long> versions = new HashMap<>();
        Map<String, Long> timelines = new HashMap<>();
        long incompleteEvents;
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
                var rows = db.createStatement().executeQuery("""
                        select r.reference, r.version, count(t.id) from footage_request r
                        left join request_timeline t on t.request_id = r.id group by r.reference, r.version""")) {
            while (rows.next()) {
                versions.put(rows.getString(1), rows.getLong(2));
                timelines.put(rows.getString(1), rows.getLong(3));
            }
            try (var incomplete = db.createStatement().executeQuery(
                    "select count(*) from event_publication where completion_date is null")) {
                incomplete.next();
                incompleteEvents = incomplete.getLong(1);
            }
        }
        long lost = acknowledged.stream().filter(reference -> !versions.containsKey(reference)
                || timelines.get(reference) == 0).count();
        print("Filings acknowledged to the browser", acknowledged.size());
        print("  of them not in the database with their timeline (lost)", lost);
        check(lost == 0, lost + " acknowledged filings lost");
        print("Requests in the database", versions.size());
        print("Events left unhandled in the outbox", incompleteEvents);
        check(incompleteEvents == 0, incompleteEvents + " events left in the outbox");

        // Each soak action (filing, identity verified, search started) is one version and one timeline entry.
        long halfChanged = versions.keySet().stream()
                .filter(reference -> !versions.get(reference).equals(timelines.get(reference))).count();
        print("Requests half-changed (version does not match the timeline)", halfChanged);
        check(halfChanged == 0, halfChanged + " requests half-changed");

        String difference = indexDifference();
        print("Index documents differing from the database (count or version)", difference.isEmpty() ? 0 : 1);
        check(difference.isEmpty(), "index differs: " + difference);

        JsonNode audit = get(portal.resolve("/api/v1/audit/verification"), basicAuth);
        print("Audit entries checked", audit.path("entriesChecked").asLong());
        print("Audit chain intact (1 = yes)", audit.path("intact").asBoolean() ? 1 : 0);
        check(audit.path("intact").asBoolean(), "audit chain broken: " + audit.path("description").asString());

        mail(acknowledged);
        errors();
        System.out.println(failures.isEmpty() ? "All checks passed" : "FAILED: " + String.join("; ", failures));
    }

    private void mail(List<String> acknowledged) throws IOException {
        Map<String, Integer> copies = new TreeMap<>();
        Map<String, Integer> receipts = new HashMap<>();
        try (Stream<Path> files = Files.list(soak.resolve("mail"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                String message = Files.readString(file, StandardCharsets.ISO_8859_1);
                String recipient = header(message, "X-Sink-Recipients");
                String subject = header(message, "Subject");
                copies.merge(recipient + " | " + subject, 1, Integer::sum);
                for (String reference : acknowledged) {
                    if (message.contains(reference)) {
                        receipts.merge(reference, 1, Integer::sum);
                    }
                }
            }
        }
        long twice = copies.values().stream().filter(count -> count > 1).count();
        long withoutEmail = acknowledged.stream().filter(reference -> !receipts.containsKey(reference)).count();
        print("Emails received by the SMTP server", copies.values().stream().mapToInt(Integer::intValue).sum());
        print("Emails sent twice (same recipient and subject)", twice);
        print("Acknowledged filings without any email naming them", withoutEmail);
        check(twice == 0, twice + " emails sent twice");
    }

    private void errors() throws IOException {
        List<String[]> faults = rows(soak.resolve("faults.csv"));
        Map<String, Integer> byFault = new TreeMap<>();
        for (String[] error : rows(soak.resolve("errors.csv"))) {
            long at = Long.parseLong(error[0]);
            String fault = faults.stream()
                    .filter(f -> at >= Long.parseLong(f[1]) && at <= Long.parseLong(f[2]) + 30_000)
                    .map(f -> f[0]).findFirst().orElse("no fault under way");
            byFault.merge(fault + " | " + error[1] + " | " + error[2], 1, Integer::sum);
        }
        System.out.printf("Errors seen by the browsers (fault, or up to 30 s after it | who | kind): %d%n",
                byFault.values().stream().mapToInt(Integer::intValue).sum());
        byFault.forEach((key, count) -> System.out.printf("  %4d  %s%n", count, key));
        print("Tracking look-ups answered", column(soak.resolve("lookups.csv"), 0).size());
        print("Casework transitions acknowledged", column(soak.resolve("transitions.csv"), 0).size());
    }

    /** The last actions' events may still be under way when the load stops: up to 60 s for them to be handled. */
    private void awaitOutboxDrained() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
                    var rows = db.createStatement().executeQuery(
                            "select count(*) from event_publication where completion_date is null")) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    return;
                }
            }
            waitABit();
        }
    }

    /** Empty if the index holds exactly the database's requests at their versions; else what differs. */
    private String indexDifference() throws Exception {
        Map<String, Long> database = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
                var rows = db.createStatement().executeQuery("select reference, version from footage_request")) {
            while (rows.next()) {
                database.put(rows.getString(1), rows.getLong(2));
            }
        }
        catch (SQLException ex) {
            throw new IOException(ex);
        }
        JsonNode hits = get(elasticsearch.resolve("/requests/_search?size=10000&_source=reference,version"), null)
                .path("hits").path("hits");
        Map<String, Long> index = new HashMap<>();
        hits.forEach(hit -> index.put(hit.path("_source").path("reference").asString(),
                hit.path("_source").path("version").asLong()));
        if (!index.equals(database)) {
            long stale = database.entrySet().stream().filter(e -> !e.getValue().equals(index.get(e.getKey()))).count();
            return "database " + database.size() + ", index " + index.size() + ", missing or stale " + stale;
        }
        return "";
    }

    private JsonNode get(URI uri, String authorization) throws IOException {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException(ex);
        }
    }

    private static String header(String message, String name) {
        return message.lines().takeWhile(line -> !line.isEmpty()).filter(line -> line.startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse("");
    }

    private static List<String> column(Path file, int index) throws IOException {
        return rows(file).stream().map(row -> row[index]).toList();
    }

    private static List<String[]> rows(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(line -> line.split(","))
                .toList();
    }

    private void check(boolean holds, String failure) {
        if (!holds) {
            failures.add(failure);
        }
    }

    private void fail(String failure) {
        failures.add(failure);
        System.out.println("FAILED: " + failure);
    }

    private static void print(String figure, long value) {
        System.out.printf("%-72s %8d%n", figure, value);
    }

    private static void waitABit() throws InterruptedException {
        Thread.sleep(1000); // polling interval of a command-line check, not a test
    }
}
