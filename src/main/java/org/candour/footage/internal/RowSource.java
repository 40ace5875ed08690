package org.candour.footage.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Rows of an import in file order, read as they are needed (a file is never held in memory whole). */
public interface RowSource {

    /** The next row, or null at the end. */
    @Nullable SourceRow next() throws IOException;
}
