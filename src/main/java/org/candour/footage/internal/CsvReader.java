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
        var fields = new ArrayList<String>(12);
        while (true) {
            c = read();
            if (c == '"') {
                if (!readQuoted()) {
                    return new CsvRecord(first, fields, "a quoted field is not closed before the end of the file");
                }
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    skipToEndOfLine(c);
                    return new CsvRecord(first, fields, "text follows a closing quote; write a quote as two quotes");
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c != ',') {
                endOfLine(c);
                return new CsvRecord(first, fields, null);
            }
        }
    }

    /** Reads up to the closing quote; false if the input ends first. */
    private boolean readQuoted() throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                return false;
            }
            if (c == '"') {
                if (peek() != '"') {
                    return true;
                }
                read();
            } else if (c == '\n') {
                line++;
            }
            field.append((char) c);
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
