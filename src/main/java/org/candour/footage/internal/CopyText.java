package org.candour.footage.internal;

import org.candour.footage.domain.Recording;

/** Recordings as rows of PostgreSQL's COPY text format (tab-separated, backslash escapes). */
final class CopyText {

    private CopyText() {
    }

    /** Appends one row, led by {@code ordinal} if it is above 0. */
    static void row(StringBuilder out, Recording r, int ordinal) {
        if (ordinal > 0) {
            out.append(ordinal).append('\t');
        }
        field(out, r.id());
        field(out, r.cameraId());
        field(out, r.boroughCode());
        out.append(r.start()).append('\t');
        out.append(r.end()).append('\t');
        out.append(r.duration().toSeconds()).append('\t');
        out.append(r.category().name()).append('\t');
        out.append(r.evidential() ? 't' : 'f').append('\t');
        field(out, r.officerKey());
        out.append(r.deletionDate()).append('\n');
    }

    /** A text value and its tab; the characters COPY's text format gives a meaning are escaped. */
    private static void field(StringBuilder out, String value) {
        if (plain(value)) {
            out.append(value).append('\t');
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        out.append('\t');
    }

    /** Most values: nothing to escape, so they are appended whole rather than a character at a time. */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
