package org.candour.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    @Test
    void theSuiteReadsBackWhatABenchmarkWrote() throws Exception {
        var report = new BenchmarkReport("report-test");
        report.context("recordings", 4_300_000);
        report.add("import \"rows\" into H2", "rows/s", new double[] {30_000, 10_000, 20_000}, ">= 50000", false);
        report.add("raw bulk", "docs/s", new double[] {5});

        var file = report.writeJson();
        var read = BenchmarkReport.read(file);
        Files.delete(file);

        assertThat(read.suite()).isEqualTo("report-test");
        assertThat(read.context()).containsEntry("recordings", "4300000");
        assertThat(read.figures()).containsExactly(
                new BenchmarkReport.Figure("import \"rows\" into H2", "rows/s", 10_000, 20_000, 30_000, ">= 50000",
                        "NOT met"),
                new BenchmarkReport.Figure("raw bulk", "docs/s", 5, 5, 5, "-", "-"));
    }
}
