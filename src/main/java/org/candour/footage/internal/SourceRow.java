package org.candour.footage.internal;

import org.jspecify.annotations.Nullable;

/**
 * One row of an import before it is checked: its line, its values in {@link RecordingColumns#ALL} order, or why the
 * row could not even be split into values.
 */
public record SourceRow(long line, @Nullable String[] values, @Nullable String problem) {

    static SourceRow of(long line, String[] values) {
        return new SourceRow(line, values, null);
    }

    static SourceRow unreadable(long line, String problem) {
        return new SourceRow(line, null, problem);
    }
}
