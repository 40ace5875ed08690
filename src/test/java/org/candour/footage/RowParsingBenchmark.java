package org.candour.footage;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.candour.footage.internal.CsvRowSource;
import org.candour.footage.internal.DemoFootageGenerator;
import org.candour.footage.internal.RecordingRowParser;
import org.candour.footage.internal.SourceRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH micro-benchmark: how many rows of an evidence-system export one thread reads and checks per second (CSV
 * reading, column mapping, every field rule, the deletion date), with no database. The footage import can never be
 * faster than this; the gap to the import figure is the database's share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RowParsingBenchmark {

    static final int ROWS = 10_000;
    private static final Instant UNTIL = Instant.parse("2026-11-26T00:00:00Z");

    private String csv;
    private RecordingRowParser parser;

    @Setup
    public void generate() {
        var lines = new StringBuilder(FootageRows.HEADER).append('\n');
        new DemoFootageGenerator(2014, ROWS, UNTIL).recordings()
                .forEachRemaining(r -> lines.append(FootageRows.line(r)).append('\n'));
        csv = lines.toString();
        parser = new RecordingRowParser(Clock.fixed(UNTIL, ZoneOffset.UTC));
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int readAndCheckRows() throws IOException {
        var source = new CsvRowSource(new StringReader(csv));
        int valid = 0;
        for (SourceRow row = source.next(); row != null; row = source.next()) {
            if (parser.parse(row.values()) instanceof RecordingRowParser.Valid) {
                valid++;
            }
        }
        if (valid != ROWS) {
            throw new IllegalStateException(valid + " of " + ROWS + " rows were valid");
        }
        return valid;
    }
}
