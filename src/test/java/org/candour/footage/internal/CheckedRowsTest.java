package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CheckedRowsTest {

    private final RecordingRowParser parser = new RecordingRowParser(
            Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    /** Rows 2, 3, ... up to {@code last}; every tenth one has no officer key; optionally fails after {@code last}. */
    private static RowSource rows(long last, @Nullable IOException failureAfterLast, AtomicLong readUpTo) {
        return () -> {
            long line = readUpTo.incrementAndGet() + 1;
            if (line > last) {
                if (failureAfterLast != null) {
                    throw failureAfterLast;
                }
                return null;
            }
            return SourceRow.of(line, new String[] {"REC-" + line, "CAM-7", "E09000022", "2026-11-20T21:03:00Z",
                "2026-11-20T21:15:30Z", "arrest", "false", line % 10 == 0 ? "" : RecordingRowParserTest.KEY});
        };
    }

    @Test
    void everyRowComesOutCheckedInFileOrder() throws IOException {
        var lines = new ArrayList<Long>();
        int invalid = 0;
        try (var checked = new CheckedRows(rows(12_345, null, new AtomicLong()), parser)) {
            for (CheckedRows.Row row = checked.next(); row != null; row = checked.next()) {
                lines.add(row.line());
                if (row.result() instanceof RecordingRowParser.Invalid bad) {
                    assertThat(bad.reason()).isEqualTo("officer_key is missing");
                    assertThat(row.line() % 10).isZero();
                    invalid++;
                }
            }
            assertThat(checked.next()).isNull();
        }
        assertThat(lines).hasSize(12_344).isSorted().startsWith(2L).endsWith(12_345L);
        assertThat(invalid).isEqualTo(1_234);
    }

    @Test
    void aFailureOfTheInputComesOutAfterTheRowsReadBeforeIt() throws IOException {
        var failure = new IOException("connection reset");
        long seen = 0;
        try (var checked = new CheckedRows(rows(2_500, failure, new AtomicLong()), parser)) {
            while (true) {
                try {
                    if (checked.next() == null) {
                        break;
                    }
                    seen++;
                } catch (IOException e) {
                    assertThat(e).isSameAs(failure);
                    break;
                }
            }
        }
        assertThat(seen).isEqualTo(2_499);
    }

    @Test
    void closingEarlyStopsReadingTheInput() throws IOException {
        var readUpTo = new AtomicLong();
        try (var checked = new CheckedRows(rows(10_000_000, null, readUpTo), parser)) {
            assertThat(checked.next()).isNotNull();
        }
        long read = readUpTo.get();
        assertThat(read).isLessThan(100_000);
        assertThat(readUpTo.get()).isEqualTo(read);
    }

    @Test
    void anUnreadableRowIsRejectedWithItsProblem() throws IOException {
        var rows = new ArrayList<SourceRow>();
        rows.add(SourceRow.unreadable(2, "a quoted field is not closed before the end of the file"));
        var source = rows.iterator();
        try (var checked = new CheckedRows(() -> source.hasNext() ? source.next() : null, parser)) {
            assertThat(checked.next()).isEqualTo(new CheckedRows.Row(2, new RecordingRowParser.Invalid(
                    "a quoted field is not closed before the end of the file")));
            assertThat(checked.next()).isNull();
        }
    }
}
