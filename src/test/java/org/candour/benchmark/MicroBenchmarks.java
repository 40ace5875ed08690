package org.candour.benchmark;

import java.util.Locale;
import org.candour.footage.RowParsingBenchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The JMH micro-benchmarks (not tests), for the hot paths where a micro-benchmark fits: one fork, warm-up, then
 * {@code benchmark.iterations} measured iterations (min, median and max of the iterations). Writes
 * {@code target/benchmarks/micro.json}.
 */
public final class MicroBenchmarks {

    private MicroBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = Integer.getInteger("benchmark.iterations", 5);
        var options = new OptionsBuilder().include(RowParsingBenchmark.class.getName()).forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(2)).build();
        var report = new BenchmarkReport("micro");
        report.context("tool", "JMH, 1 fork, 3 warm-up and " + iterations + " measured iterations of 2 s");
        for (RunResult result : new Runner(options).run()) {
            var statistics = result.getPrimaryResult().getStatistics();
            var iterationScores = result.getBenchmarkResults().stream()
                    .flatMap(b -> b.getIterationResults().stream())
                    .mapToDouble(i -> i.getPrimaryResult().getScore()).toArray();
            report.add("CSV rows read and checked per second, one thread (no database)", "rows/s",
                    iterationScores);
            report.context("score_error_99_9", String.format(Locale.ROOT, "%.0f",
                    statistics.getMeanErrorAt(0.999)));
        }
        report.print();
        System.out.println("JSON: " + report.writeJson().toAbsolutePath());
    }
}
