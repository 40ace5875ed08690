package org.candour.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.candour.footage.FootageImportService;
import org.candour.footage.ImportProgress;

/** Puts one recording into the footage catalogue for casework tests, with an id unique to the test. */
public final class TestFootage {

    private static final String HEADER = "recording_id,camera_id,borough_code,start,end,category,evidential,officer_key";
    private static final String OFFICER = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private TestFootage() {
    }

    /** A 20-minute, non-evidential stop-and-search recording in Lambeth starting at {@code start}; returns its id. */
    public static String recordingInLambeth(FootageImportService imports, Instant start) {
        String id = "T" + UUID.randomUUID().toString().substring(0, 8);
        String row = String.join(",", id, id + "-CAM", "E09000022", start.toString(),
                start.plus(Duration.ofMinutes(20)).toString(), "stop_and_search", "false", OFFICER);
        imports.importCsv(new ByteArrayInputStream((HEADER + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8)),
                ImportProgress.Listener.NONE);
        return id;
    }
}
