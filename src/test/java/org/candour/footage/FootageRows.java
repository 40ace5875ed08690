package org.candour.footage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.candour.footage.domain.Recording;

/** Builds import files for tests: rows with ids unique to the test, so tests sharing a database stay apart. */
final class FootageRows {

    static final String HEADER = "recording_id,camera_id,borough_code,start,end,category,evidential,officer_key";
    static final String OFFICER = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String LAMBETH = "E09000022";

    private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";

    String id(int n) {
        return prefix + n;
    }

    String camera() {
        return prefix + "CAM";
    }

    /** Recording n: in Lambeth, 20 minutes from {@code start}, not evidential. */
    String row(int n, Instant start) {
        return row(n, start, false);
    }

    String row(int n, Instant start, boolean evidential) {
        return row(n, LAMBETH, start, evidential);
    }

    String row(int n, String borough, Instant start, boolean evidential) {
        return String.join(",", id(n), camera(), borough, start.toString(),
                start.plus(Duration.ofMinutes(20)).toString(), "stop_and_search", String.valueOf(evidential), OFFICER);
    }

    /** A recording as the evidence system exports it (the columns of {@link #HEADER}). */
    static String line(Recording r) {
        return String.join(",", r.id(), r.cameraId(), r.boroughCode(), r.start().toString(), r.end().toString(),
                r.category().name().toLowerCase(Locale.ROOT), String.valueOf(r.evidential()), r.officerKey());
    }

    /** Rows like this test's ids, for looking them up in the database. */
    String likePattern() {
        return prefix + "%";
    }

    static String csv(List<String> rows) {
        return HEADER + "\n" + rows.stream().collect(Collectors.joining("\n")) + "\n";
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
