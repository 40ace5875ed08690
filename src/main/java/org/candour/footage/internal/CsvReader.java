package org.candour.footage.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A streaming RFC 4180 reader: comma-separated fields, double quotes around fields that hold commas, quotes or
 * line breaks, a doubled quote for a quote. Accepts CRLF and LF, a byte-order mark and a missing final line break.
 * Each record carries the line it starts on, so errors can name it even when quoted fields span lines.
 *
 * <p>A field longer than {@link ImportLimits#MAX_FIELD_CHARS} or a record longer than
 * {@link ImportLimits#MAX_RECORD_CHARS} is a problem record, and the rest of its line is skipped without being
 * kept: a hostile or broken file (one endless line, an unclosed quote) cannot fill the memory.
 */
public final class CsvReader {

    /** One record: its first line (1-based), its fields, or a reason it could not be read. */
    public record CsvRecord(long line, List<String> fields, @Nullable String problem) {
    }

    private static final int EOF = -1;

    private final Reader reader;
    private final char[] buffer = new char[64 * 1024];
    private final StringBuilder field = new StringBuilder(64);
    private int position;
    private int limit;
    private long line = 1;
    private boolean started;
    private int recordChars;

    public CsvReader(Reader reader) {
        this.reader = reader;
    }

    /** The next record, skipping blank lines; null at the end of the input. */
    public @Nullable CsvRecord next() throws IOException {
        skipByteOrderMark();
        int c = peek();
        while (c == '\r' || c == '\n') {
            endOfLine(read());
            c = peek();
        }
        if (c == EOF) {
            return null;
        }
        long first = line;
        recordChars = 0;
        var fields = new ArrayList<String>(12);
        while (true) {
            c = read();
            String value;
            if (c == '"') {
                Quoted quoted = readQuoted();
                if (quoted == Quoted.UNCLOSED) {
                    return new CsvRecord(first, fields, "a quoted field is not closed before the end of the file");
                }
                if (quoted == Quoted.TOO_LONG) {
                    return tooLong(first, fields, read());
                }
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    skipToEndOfLine(c);
                    return new CsvRecord(first, fields, "text follows a closing quote; write a quote as two quotes");
                }
                value = takeField();
            } else if (c != EOF && (value = plainFieldInBuffer()) != null) {
                c = read();
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    if (!append(c)) {
                        return tooLong(first, fields, c);
                    }
                    c = read();
                }
                value = takeField();
            }
            fields.add(value);
            if (c != ',') {
                endOfLine(c);
                return new CsvRecord(first, fields, null);
            }
            if (++recordChars > ImportLimits.MAX_RECORD_CHARS) {
                return tooLong(first, fields, read());
            }
        }
    }

    private enum Quoted { CLOSED, UNCLOSED, TOO_LONG }

    /**
     * The common case, read at once: an unquoted field whose first character was just read and which ends within
     * the buffer and the limits; the delimiter after it is read next. Null otherwise, with nothing consumed, for the
     * character-by-character way.
     */
    private @Nullable String plainFieldInBuffer() {
        int start = position - 1;
        int end = start;
        while (end < limit && buffer[end] != ',' && buffer[end] != '\n' && buffer[end] != '\r') {
            end++;
        }
        int length = end - start;
        if (end == limit || length > ImportLimits.MAX_FIELD_CHARS
                || recordChars + length > ImportLimits.MAX_RECORD_CHARS) {
            return null;
        }
        recordChars += length;
        position = end;
        return new String(buffer, start, length);
    }

    private String takeField() {
        String value = field.toString();
        field.setLength(0);
        return value;
    }

    /** Keeps one more character of the field; false if the field or the record would be too long. */
    private boolean append(int c) {
        if (field.length() >= ImportLimits.MAX_FIELD_CHARS || ++recordChars > ImportLimits.MAX_RECORD_CHARS) {
            return false;
        }
        field.append((char) c);
        return true;
    }

    private CsvRecord tooLong(long first, List<String> fields, int c) throws IOException {
        String problem = field.length() >= ImportLimits.MAX_FIELD_CHARS
                ? "a field is longer than " + ImportLimits.MAX_FIELD_CHARS + " characters"
                : "the row is longer than " + ImportLimits.MAX_RECORD_CHARS + " characters";
        skipToEndOfLine(c);
        return new CsvRecord(first, List.copyOf(fields), problem);
    }

    /** Reads up to the closing quote: closed, unclosed at the end of the input, or too long to keep. */
    private Quoted readQuoted() throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                return Quoted.UNCLOSED;
            }
            if (c == '"') {
                if (peek() != '"') {
                    return Quoted.CLOSED;
                }
                read();
            } else if (c == '\n') {
                line++;
            }
            if (!append(c)) {
                return Quoted.TOO_LONG;
            }
        }
    }

    private void skipToEndOfLine(int c) throws IOException {
        while (c != '\n' && c != '\r' && c != EOF) {
            c = read();
        }
        endOfLine(c);
        field.setLength(0);
    }

    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        if (c == '\r' || c == '\n') {
            line++;
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                read();
            }
        }
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    private boolean fill() throws IOException {
        int n = reader.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
