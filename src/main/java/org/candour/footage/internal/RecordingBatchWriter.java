package org.candour.footage.internal;

import java.util.List;
import java.util.Map;
import org.candour.footage.domain.Recording;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one batch of recordings inside the caller's transaction: inserts the new ones, replaces the imported
 * columns of the changed ones, leaves unchanged ones untouched, registers cameras seen for the first time and marks
 * the London months whose footage figures changed (V22). Ids within a batch are distinct.
 *
 * <p>Batches may be written two at a time ({@link InOrderWriters}): a writer calls
 * {@link EarlierBatches#awaitCommitted()} before it reads the catalogue or writes rows that another batch may also
 * write (cameras), and may store its own new recordings before that.
 */
public interface RecordingBatchWriter {

    /** What a batch did. */
    record Outcome(int inserted, int updated, int unchanged) {
    }

    /** Waits for the batches handed in before this one. */
    @FunctionalInterface
    interface EarlierBatches {

        /** Nothing to wait for: batches are written one at a time. */
        EarlierBatches NONE = () -> {
        };

        /** Returns once every earlier batch has committed; throws if one of them failed. */
        void awaitCommitted();
    }

    Outcome write(List<Recording> batch, EarlierBatches earlier);

    /** An import's turn to write, held until it is closed. */
    @FunctionalInterface
    interface ImportTurn extends AutoCloseable {

        @Override
        void close();
    }

    /** Waits until no other import is writing, where imports must take turns; here they need not. */
    default ImportTurn awaitTurn() {
        return () -> {
        };
    }

    /** Writes a batch with none written beside it. */
    default Outcome write(List<Recording> batch) {
        return write(batch, EarlierBatches.NONE);
    }

    /** Registers cameras with their borough assignment (the demo fleet); a camera already known keeps its own. */
    void registerCameras(Map<String, String> boroughByCamera);

    /**
     * How many batches to write at once: on PostgreSQL as configured (2 on a 2-processor server: measured on 4.3M
     * rows, the server's own work per row was the bound), one on H2, whose import meets its goal on one.
     */
    static int writersFor(CatalogueDialect dialect, int configured) {
        return dialect == CatalogueDialect.POSTGRESQL ? Math.max(1, configured) : 1;
    }

    /** The fastest exact writer for the catalogue's database: COPY on PostgreSQL, JDBC batches elsewhere. */
    static RecordingBatchWriter of(JdbcTemplate jdbc, CatalogueDialect dialect) {
        var batches = new RecordingWriter(jdbc, dialect);
        return dialect == CatalogueDialect.POSTGRESQL ? new CopyRecordingWriter(jdbc, batches) : batches;
    }
}
