package org.candour.footage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import did. {@code accepted} rows were valid and applied: {@code inserted}, {@code updated} or
 * {@code unchanged} (a re-sent file is all unchanged and writes nothing). {@code rejected} rows are listed in
 * {@code errors} with their line number, up to {@link #MAX_ERRORS_LISTED}; {@code errorsNotListed} counts the rest.
 * A non-null {@code failure} means the import stopped early: everything counted here was applied, nothing after
 * {@code failure} was, and re-sending the whole file is safe.
 */
public record ImportReport(long rowsRead, long accepted, long inserted, long updated, long unchanged, long rejected,
                           List<RowError> errors, long errorsNotListed, @Nullable String failure) {

    public static final int MAX_ERRORS_LISTED = 1_000;

    /** A rejected row: its line in the file (the header is line 1) and why. Never echoes an officer key. */
    public record RowError(long line, String reason) {
    }

    public boolean completed() {
        return failure == null;
    }
}
