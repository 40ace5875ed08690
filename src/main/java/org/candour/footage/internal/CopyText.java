package org.candour.footage.internal;

import java.util.List;
import org.candour.footage.domain.Recording;

/** Recordings as rows of PostgreSQL's COPY text format (tab-separated, backslash escapes). */
final class CopyText {

    private CopyText() {
    }

    /** The rows, each led by its ordinal from 1 if {@code numbered}. */
    static String rows(List<Recording> recordings, boolean numbered) {
        var out = new StringBuilder(recordings.size() * 200);
        int ordinal = 0;
        for (Recording r : recordings) {
            if (numbered) {
                out.append(++ordinal).append('\t');
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
        return out.toString();
    }

    /** A text value and its tab; the characters COPY's text format gives a meaning are escaped. */
    private static void field(StringBuilder out, String value) {
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
}
