package org.candour.footage.internal;

import java.util.List;
import java.util.Map;
import org.candour.footage.domain.Recording;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one batch of recordings inside the caller's transaction: inserts the new ones, replaces the imported
 * columns of the changed ones, leaves unchanged ones untouched, registers cameras seen for the first time and marks
 * the London months whose footage figures changed (V22). Ids within a batch are distinct.
 */
public interface RecordingBatchWriter {

    /** What a batch did. */
    record Outcome(int inserted, int updated, int unchanged) {
    }

    Outcome write(List<Recording> batch);

    /** Registers cameras with their borough assignment (the demo fleet); a camera already known keeps its own. */
    void registerCameras(Map<String, String> boroughByCamera);

    /** The fastest exact writer for the catalogue's database: COPY on PostgreSQL, JDBC batches elsewhere. */
    static RecordingBatchWriter of(JdbcTemplate jdbc, CatalogueDialect dialect) {
        var batches = new RecordingWriter(jdbc, dialect);
        return dialect == CatalogueDialect.POSTGRESQL ? new CopyRecordingWriter(jdbc, batches) : batches;
    }
}
