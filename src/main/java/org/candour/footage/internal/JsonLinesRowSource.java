package org.candour.footage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of a JSON lines batch: one JSON object a line, with the CSV column names as properties, for example
 * {@code {"recording_id":"R1","camera_id":"C7","borough_code":"E09000022","start":"2026-11-20T21:03:00Z",...}}.
 * Booleans and strings are both accepted for {@code evidential}. Blank lines are skipped. A line longer than
 * {@link ImportLimits#MAX_RECORD_CHARS} is unreadable, and is skipped without being kept in memory.
 */
public final class JsonLinesRowSource implements RowSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BufferedReader reader;
    private final StringBuilder text = new StringBuilder(256);
    private long line;

    public JsonLinesRowSource(Reader reader) {
        this.reader = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 64 * 1024);
    }

    @Override
    public @Nullable SourceRow next() throws IOException {
        while (true) {
            int c = reader.read();
            if (c == -1) {
                return null;
            }
            line++;
            boolean fits = true;
            text.setLength(0);
            while (c != -1 && c != '\n') {
                if (fits && text.length() < ImportLimits.MAX_RECORD_CHARS) {
                    text.append((char) c);
                } else {
                    fits = false;
                }
                c = reader.read();
            }
            if (!fits) {
                return SourceRow.unreadable(line, "the line is longer than " + ImportLimits.MAX_RECORD_CHARS
                        + " characters");
            }
            if (!text.isEmpty() && !text.toString().isBlank()) {
                return parse(line, text.toString());
            }
        }
    }

    private static SourceRow parse(long line, String text) {
        JsonNode object;
        try {
            object = JSON.readTree(text);
        } catch (JacksonException e) {
            return SourceRow.unreadable(line, "the line is not valid JSON");
        }
        if (!object.isObject()) {
            return SourceRow.unreadable(line, "the line is not a JSON object");
        }
        String[] values = new String[RecordingColumns.ALL.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = object.get(RecordingColumns.ALL.get(i));
            values[i] = value == null || value.isNull() || value.isContainer() ? "" : value.asString();
        }
        return SourceRow.of(line, values);
    }
}
