package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.candour.footage.RecordingCategory;
import org.candour.footage.domain.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordingRowParserTest {

    static final String KEY = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private final RecordingRowParser parser = new RecordingRowParser(
            Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    private static String[] row(String id, String camera, String borough, String start, String end, String category,
                                String evidential, String officerKey) {
        return new String[] {id, camera, borough, start, end, category, evidential, officerKey};
    }

    private static String[] valid() {
        return row("REC-1", "CAM-7", "E09000022", "2026-11-20T21:03:00Z", "2026-11-20T21:15:30Z", "stop_and_search",
                "false", KEY);
    }

    @Test
    void aValidRowBecomesARecording() {
        var result = parser.parse(valid());
        assertThat(result).isEqualTo(new RecordingRowParser.Valid(new Recording("REC-1", "CAM-7", "E09000022",
                Instant.parse("2026-11-20T21:03:00Z"), Instant.parse("2026-11-20T21:15:30Z"),
                RecordingCategory.STOP_AND_SEARCH, false, KEY)));
    }

    @Test
    void spacesOffsetsCaseAndWordsAreForgiven() {
        var result = parser.parse(row(" REC-1 ", "CAM-7", " E09000022", "2026-11-20T21:03:00+00:00",
                "2026-11-20T21:15:30Z", "Stop and search", "YES", KEY.toUpperCase()));
        assertThat(result).isInstanceOfSatisfying(RecordingRowParser.Valid.class, valid -> {
            assertThat(valid.recording().id()).isEqualTo("REC-1");
            assertThat(valid.recording().evidential()).isTrue();
            assertThat(valid.recording().officerKey()).isEqualTo(KEY);
        });
    }

    @ParameterizedTest(name = "{8}")
    @CsvSource(delimiter = '|', value = {
        "'' | CAM-7 | E09000022 | 2026-11-20T21:03:00Z | 2026-11-20T21:15:30Z | arrest | false | " + KEY
                + " | recording_id is missing",
        "REC 1 | CAM-7 | E09000022 | 2026-11-20T21:03:00Z | 2026-11-20T21:15:30Z | arrest | false | " + KEY
                + " | recording_id \"REC 1\" is not an identifier",
        "REC-1 | CAM-7 | E09000001 | 2026-11-20T21:03:00Z | 2026-11-20T21:15:30Z | arrest | false | " + KEY
                + " | City of London",
        "REC-1 | CAM-7 | W06000015 | 2026-11-20T21:03:00Z | 2026-11-20T21:15:30Z | arrest | false | " + KEY
                + " | borough_code \"W06000015\" is not the GSS code of a London borough",
        "REC-1 | CAM-7 | E09000022 | 20/11/2026 21:03 | 2026-11-20T21:15:30Z | arrest | false | " + KEY
                + " | start \"20/11/2026 21:03\" is not a date and time with a time zone",
        "REC-1 | CAM-7 | E09000022 | 2026-11-20T21:03:00 | 2026-11-20T21:15:30Z | arrest | false | " + KEY
                + " | is not a date and time with a time zone",
        "REC-1 | CAM-7 | E09000022 | 2026-11-20T21:03:00Z | 2026-11-20T21:00:00Z | arrest | false | " + KEY
                + " | end is before start",
        "REC-1 | CAM-7 | E09000022 | 2026-11-20T21:03:00Z | 2026-11-22T21:00:00Z | arrest | false | " + KEY
                + " | more than 24 hours",
        "REC-1 | CAM-7 | E09000022 | 2026-11-27T21:03:00Z | 2026-11-27T21:10:00Z | arrest | false | " + KEY
                + " | start is in the future",
        "REC-1 | CAM-7 | E09000022 | 2026-11-20T21:03:00Z | 2026-11-20T21:15:30Z | traffic | false | " + KEY
                + " | category must be stop_and_search, arrest or other, not \"traffic\"",
        "REC-1 | CAM-7 | E09000022 | 2026-11-20T21:03:00Z | 2026-11-20T21:15:30Z | arrest | maybe | " + KEY
                + " | evidential must be true or false, not \"maybe\"",
    })
    void aBadValueIsNamedInTheReason(String id, String camera, String borough, String start, String end,
                                      String category, String evidential, String key, String reason) {
        assertThat(parser.parse(row(id, camera, borough, start, end, category, evidential, key)))
                .isInstanceOfSatisfying(RecordingRowParser.Invalid.class,
                        invalid -> assertThat(invalid.reason()).contains(reason));
    }

    @ParameterizedTest
    @CsvSource({"PC 4321 Jane Smith", "4321AB", "0123456789abcdeg", "''"})
    void anOfficerKeyThatIsNotAPseudonymIsRejectedWithoutRepeatingIt(String key) {
        var values = valid();
        values[7] = key;
        assertThat(parser.parse(values)).isInstanceOfSatisfying(RecordingRowParser.Invalid.class, invalid -> {
            assertThat(invalid.reason()).startsWith("officer_key");
            if (!key.isEmpty()) {
                assertThat(invalid.reason()).doesNotContain(key);
            }
        });
    }
}
