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
import java.util.stream.Collectors;

/** Collects benchmark figures, prints them as a table and writes them as JSON under target/benchmarks. */
public final class BenchmarkReport {

    public record Figure(String name, String unit, double min, double median, double max, String goal, String verdict) {
    }

    private final String suite;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> context = new LinkedHashMap<>();

    public BenchmarkReport(String suite) {
        this.suite = suite;
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public void context(String key, Object value) {
        context.put(key, String.valueOf(value));
    }

    /** Adds a figure from repeated runs; {@code goalMet} decides the verdict for the median. */
    public void add(String name, String unit, double[] runs, String goal, boolean goalMet) {
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        figures.add(new Figure(name, unit, sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1], goal,
                goalMet ? "met" : "NOT met"));
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
        System.out.printf(Locale.ROOT, "%-48s %14s %14s %14s %-12s %-22s %s%n", "figure", "min", "median", "max",
                "unit", "goal", "verdict");
        figures.forEach(f -> System.out.printf(Locale.ROOT, "%-48s %14.2f %14.2f %14.2f %-12s %-22s %s%n", f.name(),
                f.min(), f.median(), f.max(), f.unit(), f.goal(), f.verdict()));
    }

    public Path writeJson() {
        String json = "{\n  \"suite\": \"" + suite + "\",\n  \"context\": {" + context.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"").collect(Collectors.joining(", "))
                + "},\n  \"figures\": [\n" + figures.stream().map(f -> String.format(Locale.ROOT,
                        "    {\"name\": \"%s\", \"unit\": \"%s\", \"min\": %.3f, \"median\": %.3f, \"max\": %.3f, "
                                + "\"goal\": \"%s\", \"verdict\": \"%s\"}", f.name(), f.unit(), f.min(), f.median(),
                        f.max(), f.goal(), f.verdict())).collect(Collectors.joining(",\n")) + "\n  ]\n}\n";
        try {
            Path file = Path.of("target", "benchmarks", suite + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, json);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
