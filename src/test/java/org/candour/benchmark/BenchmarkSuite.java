package org.candour.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every benchmark in one command (not a test):
 * <pre>./mvnw -Pbenchmark test-compile exec:exec</pre>
 * Each benchmark runs in a JVM of its own, one after the other (never two at once: the machine is small and
 * shared), at Met scale unless {@code -Dbenchmark.scale=small}; {@code -Dbenchmark.only=micro,footage} picks some,
 * {@code -Dbenchmark.runs} sets the repeats (3); {@code busy-morning} (the load test of issue 20) runs only when
 * named. Then one table of every figure, with each goal as a ratio
 * (headroom: at least 1 means met), and {@code target/benchmarks/suite.json}.
 */
public final class BenchmarkSuite {

    private static final Pattern GOAL = Pattern.compile("([<>]=?)\\s*([0-9][0-9,.]*)");
    private static final Path DIR = Path.of("target", "benchmarks");

    /** One benchmark: its main class, heap, and its options at Met scale and at small scale. */
    private record Part(String name, String mainClass, String heap, Map<String, String> met,
                        Map<String, String> small) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("micro", "org.candour.benchmark.MicroBenchmarks", "1g", Map.of(),
                    Map.of("benchmark.iterations", "3")),
            new Part("footage", "org.candour.footage.FootageBenchmark", "6g",
                    Map.of("benchmark.recordings", "4300000"), Map.of("benchmark.recordings", "200000")),
            new Part("statistics", "org.candour.statistics.StatisticsBenchmark", "4g",
                    Map.of("benchmark.recordings", "4300000", "benchmark.requests", "50000"),
                    Map.of("benchmark.recordings", "200000", "benchmark.requests", "5000")),
            new Part("search", "org.candour.search.SearchBenchmark", "6g",
                    Map.of("benchmark.requests", "1000000"), Map.of("benchmark.requests", "20000")),
            new Part("portal", "org.candour.benchmark.PortalBenchmark", "4g",
                    Map.of("benchmark.sessions", "100", "benchmark.filings", "1000"),
                    Map.of("benchmark.sessions", "50", "benchmark.filings", "200")),
            new Part("redaction", "org.candour.disclosure.RedactionBenchmark", "1g",
                    Map.of("benchmark.seconds", "60"), Map.of("benchmark.seconds", "10")),
            // Opt-in (not in the default list): 15 minutes of load and then the session timeout plus 2 minutes.
            new Part("busy-morning", "org.candour.benchmark.BusyMorningBenchmark", "4g", Map.of(),
                    Map.of("benchmark.readers", "200", "benchmark.spike-seconds", "120",
                            "benchmark.quiet-seconds", "60", "benchmark.warmup-seconds", "30",
                            "benchmark.ramp-seconds", "30", "benchmark.session-timeout", "5m")));

    private record Outcome(String name, int exitCode, double seconds, @Nullable BenchmarkReport report) {
    }

    public static void main(String[] args) throws Exception {
        boolean small = "small".equals(System.getProperty("benchmark.scale", "met"));
        String runs = System.getProperty("benchmark.runs", "3");
        Set<String> only = Set.of(System.getProperty("benchmark.only",
                "micro,footage,statistics,search,portal,redaction")
                .split(","));
        Instant started = Instant.now();
        var outcomes = new ArrayList<Outcome>();
        for (Part part : PARTS) {
            if (only.contains(part.name())) {
                outcomes.add(run(part, small ? part.small() : part.met(), runs));
            }
        }
        print(outcomes);
        Path json = writeJson(outcomes, started, small ? "small" : "met", runs);
        System.out.println("JSON: " + json.toAbsolutePath());
        System.exit(outcomes.stream().allMatch(o -> o.exitCode() == 0) ? 0 : 1);
    }

    private static Outcome run(Part part, Map<String, String> options, String runs) throws Exception {
        Path result = DIR.resolve(part.name() + ".json");
        Files.deleteIfExists(result);
        var properties = new LinkedHashMap<>(options);
        properties.put("benchmark.runs", runs);
        // What the command line sets (-Dbenchmark.recordings=..., -Dbenchmark.heap=...) goes to every benchmark.
        System.getProperties().stringPropertyNames().stream()
                .filter(key -> key.startsWith("benchmark.") && !System.getProperty(key).isBlank())
                .forEach(key -> properties.put(key, System.getProperty(key)));
        // A fixed heap, as a server runs: a heap still growing during the first run would slow that run alone.
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + part.heap(), "-Xmx" + part.heap(), "--enable-native-access=ALL-UNNAMED"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), part.mainClass()));
        System.out.printf("%n=== %s benchmark: %s%n", part.name(), String.join(" ", command.subList(1,
                command.size() - 3)));
        long start = System.nanoTime();
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        var report = Files.exists(result) ? BenchmarkReport.read(result) : null;
        System.out.printf("=== %s benchmark %s in %.0f s%n", part.name(), exit == 0 ? "finished" : "FAILED (exit "
                + exit + ")", seconds);
        return new Outcome(part.name(), exit, seconds, report);
    }

    /** How far the median is on the right side of the goal: 1 is exactly the goal, above 1 is met. */
    static @Nullable Double headroom(BenchmarkReport.Figure figure) {
        var goal = GOAL.matcher(figure.goal());
        if (!goal.find()) {
            return null;
        }
        double target = Double.parseDouble(goal.group(2).replace(",", ""));
        return goal.group(1).startsWith("<") ? target / figure.median() : figure.median() / target;
    }

    private static void print(List<Outcome> outcomes) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-11s %-66s %12s %12s %12s %-11s %-13s %9s %s%n", "benchmark", "figure", "min",
                "median", "max", "unit", "goal", "headroom", "verdict");
        for (Outcome outcome : outcomes) {
            if (outcome.report() == null) {
                System.out.printf("%-11s FAILED (exit %d), no figures%n", outcome.name(), outcome.exitCode());
                continue;
            }
            for (var f : outcome.report().figures()) {
                Double headroom = headroom(f);
                System.out.printf(Locale.ROOT, "%-11s %-66s %12.2f %12.2f %12.2f %-11s %-13s %9s %s%n",
                        outcome.name(), f.name(), f.min(), f.median(), f.max(), f.unit(), f.goal(),
                        headroom == null ? "-" : String.format(Locale.ROOT, "%.3f", headroom), f.verdict());
            }
        }
    }

    private static Path writeJson(List<Outcome> outcomes, Instant started, String scale, String runs)
            throws Exception {
        var json = new LinkedHashMap<String, Object>();
        json.put("started", started.toString());
        json.put("minutes", Duration.between(started, Instant.now()).toSeconds() / 60.0);
        json.put("scale", scale);
        json.put("runs", runs);
        json.put("cpus", Runtime.getRuntime().availableProcessors());
        json.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        json.put("java", System.getProperty("java.version"));
        json.put("benchmarks", outcomes.stream().map(o -> {
            var part = new LinkedHashMap<String, Object>();
            part.put("name", o.name());
            part.put("exitCode", o.exitCode());
            part.put("seconds", o.seconds());
            part.put("context", o.report() == null ? Map.of() : o.report().context());
            part.put("figures", o.report() == null ? List.of() : o.report().figures().stream().map(f -> {
                var figure = new LinkedHashMap<String, Object>();
                figure.put("name", f.name());
                figure.put("unit", f.unit());
                figure.put("min", f.min());
                figure.put("median", f.median());
                figure.put("max", f.max());
                figure.put("goal", f.goal());
                figure.put("headroom", headroom(f));
                figure.put("verdict", f.verdict());
                return figure;
            }).toList());
            return part;
        }).toList());
        Path file = DIR.resolve("suite.json");
        Files.createDirectories(DIR);
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
        return file;
    }
}
