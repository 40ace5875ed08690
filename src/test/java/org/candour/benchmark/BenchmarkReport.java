package org.candour.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** Collects benchmark figures, prints them as a table and writes them as JSON under target/benchmarks. */
public final class BenchmarkReport {

    public record Figure(String name, String unit, double min, double median, double max, String goal, String verdict) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String suite;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> context = new LinkedHashMap<>();
    private String suffix = "";

    public BenchmarkReport(String suite) {
        this.suite = suite;
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    /**
     * Names the database of the figures added from now on, e.g. {@code " (PostgreSQL)"} appended to each name, for
     * a benchmark that measures the same figures on H2 and then on PostgreSQL ("" for H2).
     */
    public void figuresOn(String suffix) {
        this.suffix = suffix;
    }

    public void context(String key, Object value) {
        context.put(key, String.valueOf(value));
    }

    /** Adds a figure without a goal (a baseline, or a figure reported for information). */
    public void add(String name, String unit, double[] runs) {
        add(name, unit, runs, "-", null);
    }

    /** Adds a figure from repeated runs; {@code goalMet} decides the verdict for the median. */
    public void add(String name, String unit, double[] runs, String goal, @Nullable Boolean goalMet) {
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        figures.add(new Figure(name + suffix, unit, sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1], goal,
                goalMet == null ? "-" : goalMet ? "met" : "NOT met"));
    }

    public static double percentile(List<Double> values, double p) {
        var sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    public static double median(double[] runs) {
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public void print() {
        System.out.println();
        System.out.println("== " + suite + " benchmark " + context);
        System.out.printf(Locale.ROOT, "%-66s %14s %14s %14s %-12s %-22s %s%n", "figure", "min", "median", "max",
                "unit", "goal", "verdict");
        figures.forEach(f -> System.out.printf(Locale.ROOT, "%-66s %14.2f %14.2f %14.2f %-12s %-22s %s%n", f.name(),
                f.min(), f.median(), f.max(), f.unit(), f.goal(), f.verdict()));
    }

    public Path writeJson() {
        Path file = Path.of("target", "benchmarks", suite + ".json");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), new Json(suite, context, figures));
        return file;
    }

    /** A report written by {@link #writeJson()}, read back (the suite collects the figures of every benchmark). */
    public static BenchmarkReport read(Path file) {
        var json = JSON.readValue(file.toFile(), Json.class);
        var report = new BenchmarkReport(json.suite());
        report.context.putAll(json.context());
        report.figures.addAll(json.figures());
        return report;
    }

    public String suite() {
        return suite;
    }

    public Map<String, String> context() {
        return Map.copyOf(context);
    }

    private record Json(String suite, Map<String, String> context, List<Figure> figures) {
    }
}
