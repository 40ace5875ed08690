package org.candour.footage.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.candour.footage.RecordingCategory;
import org.candour.footage.domain.Recording;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;

/**
 * Checks one row's values and turns them into a {@link Recording}, or names the first problem. Reasons quote a
 * short piece of a bad value to help find it, except the officer key: a key that is not a pseudonym might be a name
 * or collar number in clear, so it is never repeated.
 */
public final class RecordingRowParser {

    /** A body-worn camera records for a few hours at most; a longer span is a data error. */
    static final Duration LONGEST_RECORDING = Duration.ofHours(24);
    /** Camera clocks drift a little; a start further ahead than this is a data error. */
    static final Duration CLOCK_TOLERANCE = Duration.ofHours(1);

    private static final Set<String> MET_BOROUGHS = Boroughs.policedByTheMet().stream().map(Borough::gssCode)
            .collect(Collectors.toUnmodifiableSet());

    /** A checked row: either a recording or the reason it was rejected. */
    public sealed interface Result {
    }

    public record Valid(Recording recording) implements Result {
    }

    public record Invalid(String reason) implements Result {
    }

    private final Clock clock;

    public RecordingRowParser(Clock clock) {
        this.clock = clock;
    }

    public Result parse(String[] values) {
        try {
            return new Valid(recording(values));
        } catch (RowProblem problem) {
            return new Invalid(problem.getMessage());
        }
    }

    private Recording recording(String[] v) {
        String id = identifier(RecordingColumns.RECORDING_ID, v[0]);
        String camera = identifier(RecordingColumns.CAMERA_ID, v[1]);
        String borough = borough(v[2].strip());
        Instant start = instant(RecordingColumns.START, v[3]);
        Instant end = instant(RecordingColumns.END, v[4]);
        if (end.isBefore(start)) {
            throw new RowProblem("end is before start");
        }
        if (Duration.between(start, end).compareTo(LONGEST_RECORDING) > 0) {
            throw new RowProblem("the recording lasts more than 24 hours; check start and end");
        }
        if (start.isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            throw new RowProblem("start is in the future");
        }
        RecordingCategory category = RecordingCategory.parse(v[5]).orElseThrow(() -> new RowProblem(
                "category must be stop_and_search, arrest or other, not " + quote(v[5])));
        return new Recording(id, camera, borough, start, end, category, evidential(v[6]), officerKey(v[7]));
    }

    private static String identifier(String column, String value) {
        String id = value.strip();
        if (id.isEmpty()) {
            throw new RowProblem(column + " is missing");
        }
        if (!isIdentifier(id)) {
            throw new RowProblem(column + " " + quote(id) + " is not an identifier: up to 64 letters, digits and "
                    + ". _ : / -");
        }
        return id;
    }

    private static String borough(String code) {
        if (code.isEmpty()) {
            throw new RowProblem("borough_code is missing");
        }
        if (Borough.CITY_OF_LONDON.equals(code)) {
            throw new RowProblem("borough_code E09000001 is the City of London, which has its own police force");
        }
        if (!MET_BOROUGHS.contains(code)) {
            throw new RowProblem("borough_code " + quote(code) + " is not the GSS code of a London borough");
        }
        return code;
    }

    private static Instant instant(String column, String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new RowProblem(column + " is missing");
        }
        try {
            return UtcInstants.parse(text);
        } catch (DateTimeParseException e) {
            throw new RowProblem(column + " " + quote(text) + " is not a date and time with a time zone, like "
                    + "2026-11-20T21:03:00Z");
        }
    }

    private static boolean evidential(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new RowProblem("evidential must be true or false, not " + quote(value));
        };
    }

    private static String officerKey(String value) {
        String key = value.strip();
        if (key.isEmpty()) {
            throw new RowProblem("officer_key is missing");
        }
        if (!isOfficerKey(key)) {
            throw new RowProblem("officer_key is not a pseudonymous key (16 to 128 hexadecimal characters); "
                    + "never send an officer's name or collar number");
        }
        return key.toLowerCase(Locale.ROOT);
    }

    /** Up to 64 letters, digits and {@code . _ : / -}, starting with a letter or digit (checked by hand: hot path). */
    static boolean isIdentifier(String id) {
        if (id.length() > 64 || !isLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** 16 to 128 hexadecimal characters. */
    static boolean isOfficerKey(String key) {
        if (key.length() < 16 || key.length() > 128) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.digit(key.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String quote(String value) {
        String v = value.strip();
        return "\"" + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "\"";
    }

    /** A row's first problem; cheap (no stack trace), as bad files can have many. */
    private static final class RowProblem extends RuntimeException {

        RowProblem(String message) {
            super(message, null, false, false);
        }
    }
}
