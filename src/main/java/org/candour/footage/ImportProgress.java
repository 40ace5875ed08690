package org.candour.footage;

/** How far an import has come, reported after each batch: rows read, applied, rejected and bytes read. */
public record ImportProgress(long rowsRead, long accepted, long rejected, long bytesRead) {

    /** Receives progress while an import runs (on the importing thread). */
    @FunctionalInterface
    public interface Listener {

        Listener NONE = progress -> { };

        void progress(ImportProgress progress);
    }
}
