package org.candour.disclosure.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code Range} header asks of a resource of {@code size} bytes (RFC 9110 s.14): the whole (no header, a
 * header we do not serve such as several ranges, or one that does not parse, which the RFC says to ignore), one
 * satisfiable range, or nothing satisfiable (416).
 */
sealed interface ByteRange {

    Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    record Whole() implements ByteRange {
    }

    /** Bytes {@code first} to {@code last}, both inclusive, as Content-Range writes them. */
    record Part(long first, long last) implements ByteRange {

        long length() {
            return last - first + 1;
        }
    }

    record Unsatisfiable() implements ByteRange {
    }

    static ByteRange of(@Nullable String header, long size) {
        if (header == null) {
            return new Whole();
        }
        var matcher = SINGLE.matcher(header.strip());
        if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return new Whole();
        }
        try {
            if (matcher.group(1).isEmpty()) { // suffix: the last N bytes
                long suffix = Long.parseLong(matcher.group(2));
                return suffix == 0 || size == 0 ? new Unsatisfiable() : new Part(Math.max(0, size - suffix), size - 1);
            }
            long first = Long.parseLong(matcher.group(1));
            long last = matcher.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(matcher.group(2));
            if (last < first) {
                return new Whole(); // invalid syntax: ignored
            }
            return first >= size ? new Unsatisfiable() : new Part(first, Math.min(last, size - 1));
        } catch (NumberFormatException tooLong) {
            return new Unsatisfiable();
        }
    }
}
