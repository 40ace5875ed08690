package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.candour.footage.RecordingCategory;
import org.candour.footage.domain.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyBinaryTest {

    @ParameterizedTest
    @CsvSource({
        "2000-01-01T00:00:00Z, 0",
        "2000-01-01T00:00:01.000001Z, 1000001",
        "1999-12-31T23:59:59.999999Z, -1",
        "1970-01-01T00:00:00Z, -946684800000000",
        "2026-11-20T21:03:00Z, 848523780000000",
        // Nanoseconds are rounded half up to the microsecond, as PgJDBC rounds a bound timestamp.
        "2000-01-01T00:00:00.000000499Z, 0",
        "2000-01-01T00:00:00.000000500Z, 1",
        "1999-12-31T23:59:59.999999500Z, 0",
    })
    void timestampsAreMicrosecondsFromPostgresEpoch(Instant instant, long micros) {
        assertThat(CopyBinary.micros(instant)).isEqualTo(micros);
    }

    @ParameterizedTest
    @CsvSource({"2000-01-01, 0", "2000-01-02, 1", "1999-12-31, -1", "2026-12-21, 9851"})
    void datesAreDaysFromPostgresEpoch(LocalDate date, int days) {
        assertThat(CopyBinary.days(date)).isEqualTo(days);
    }

    @Test
    void aRowIsItsFieldCountThenEachFieldsLengthAndValue() {
        var recording = new Recording("R-é", "CAM-1", "E09000022", Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("2000-01-01T00:10:00Z"), RecordingCategory.ARREST, true, "ab".repeat(8));
        ByteBuffer out = ByteBuffer.allocate(CopyBinary.MAX_ROW_BYTES);

        CopyBinary.row(out, recording, 7);

        out.flip();
        assertThat(out.getShort()).isEqualTo((short) 11);
        assertThat(out.getInt()).isEqualTo(4);
        assertThat(out.getInt()).isEqualTo(7);
        assertThat(text(out)).isEqualTo("R-é");
        assertThat(text(out)).isEqualTo("CAM-1");
        assertThat(text(out)).isEqualTo("E09000022");
        assertThat(out.getInt()).isEqualTo(8);
        assertThat(out.getLong()).isZero();
        assertThat(out.getInt()).isEqualTo(8);
        assertThat(out.getLong()).isEqualTo(600_000_000L);
        assertThat(out.getInt()).isEqualTo(4);
        assertThat(out.getInt()).isEqualTo(600);
        assertThat(text(out)).isEqualTo("ARREST");
        assertThat(out.getInt()).isEqualTo(1);
        assertThat(out.get()).isEqualTo((byte) 1);
        assertThat(text(out)).isEqualTo("ab".repeat(8));
        assertThat(out.getInt()).isEqualTo(4);
        assertThat(out.getInt()).isEqualTo(CopyBinary.days(LocalDate.parse("2000-02-01")));
        assertThat(out.hasRemaining()).isFalse();
    }

    @Test
    void theLongestRowFits() {
        String longest = "€".repeat(64);   // 3 bytes each in UTF-8
        var recording = new Recording(longest, longest, "E09000022", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:10:00Z"), RecordingCategory.STOP_AND_SEARCH, false, "€".repeat(128));
        ByteBuffer out = ByteBuffer.allocate(CopyBinary.MAX_ROW_BYTES + 1);

        CopyBinary.row(out, recording, Integer.MAX_VALUE);

        assertThat(out.position()).isLessThanOrEqualTo(CopyBinary.MAX_ROW_BYTES);
    }

    private static String text(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
