package org.candour.footage.internal;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.candour.footage.domain.Recording;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL writer. A batch of recordings that are all new (the daily import) is streamed straight into
 * {@code recording} (PgJDBC's copy API, in COPY's binary format: {@link CopyBinary}) behind a savepoint, its new
 * cameras registered and its months marked. If the copy meets an id already in the catalogue (unique violation), the
 * savepoint is rolled back and the batch goes the general way: COPY streams it into a temporary staging table, then one
 * statement applies it: {@code insert ... on conflict do update} only where an imported column differs (so unchanged
 * rows are not written), registers the cameras of the written rows, and returns each written id with its new and
 * previous start, from which the changed months are marked as {@link RecordingWriter} marks them. The outcome is
 * exactly the JDBC writer's; the upsert is atomic, so two imports of the same id at once both succeed.
 */
final class CopyRecordingWriter implements RecordingBatchWriter {

    private static final Logger log = LoggerFactory.getLogger(CopyRecordingWriter.class);

    // "on commit delete rows": the staging table is empty at the start of every batch's transaction.
    private static final String STAGING = "create temporary table if not exists recording_import ("
            + "ordinal integer not null, id varchar(64) not null, camera_id varchar(64) not null, "
            + "borough_code varchar(9) not null, start_at timestamp with time zone not null, "
            + "end_at timestamp with time zone not null, duration_seconds integer not null, "
            + "category varchar(16) not null, evidential boolean not null, officer_key varchar(128) not null, "
            + "deletion_date date not null) on commit delete rows";

    private static final String COPY = "copy recording_import (ordinal, id, camera_id, borough_code, start_at, "
            + "end_at, duration_seconds, category, evidential, officer_key, deletion_date) "
            + "from stdin (format binary)";

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int CHUNK_BYTES = 64 * 1_024;

    private static final String COPY_NEW = "copy recording (id, camera_id, borough_code, start_at, end_at, "
            + "duration_seconds, category, evidential, officer_key, deletion_date) from stdin (format binary)";

    private static final String COLUMNS = "id, camera_id, borough_code, start_at, end_at, duration_seconds, "
            + "category, evidential, officer_key, deletion_date";

    // Every statement of a WITH sees the rows as they were before it, so "previous" holds the old start of each
    // changed row. The camera insert is a data-modifying WITH, run to completion though nothing reads it.
    private static final String APPLY = "with previous as ("
            + "select r.id, r.start_at from recording r join recording_import i on i.id = r.id), "
            + "written as (insert into recording (" + COLUMNS + ") select " + COLUMNS + " from recording_import "
            + "on conflict (id) do update set camera_id = excluded.camera_id, borough_code = excluded.borough_code, "
            + "start_at = excluded.start_at, end_at = excluded.end_at, duration_seconds = excluded.duration_seconds, "
            + "category = excluded.category, evidential = excluded.evidential, officer_key = excluded.officer_key, "
            + "deletion_date = excluded.deletion_date "
            + "where (recording.camera_id, recording.borough_code, recording.start_at, recording.end_at, "
            + "recording.category, recording.evidential, recording.officer_key) is distinct from "
            + "(excluded.camera_id, excluded.borough_code, excluded.start_at, excluded.end_at, excluded.category, "
            + "excluded.evidential, excluded.officer_key) "
            + "returning recording.id, recording.start_at), "
            // The first row of the batch that names a new camera gives its borough, as in the JDBC writer.
            + "cameras as (insert into camera (id, borough_code) select distinct on (i.camera_id) i.camera_id, "
            + "i.borough_code from written w join recording_import i on i.id = w.id order by i.camera_id, i.ordinal "
            + "on conflict (id) do nothing) "
            + "select w.start_at, p.start_at from written w left join previous p on p.id = w.id";

    /** The advisory lock imports take turns with, the same on every node ("CANDOUR" in ASCII). */
    static final long IMPORT_TURN_LOCK = 0x43414E444F5552L;

    private final JdbcTemplate jdbc;
    private final RecordingWriter batches;

    CopyRecordingWriter(JdbcTemplate jdbc, RecordingWriter batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public Outcome write(List<Recording> batch, EarlierBatches earlier) {
        if (batch.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        // Batches written at once never share an id, so a copy cannot wait on a row of another batch in flight.
        if (copiedAsNew(batch)) {
            earlier.awaitCommitted();
            batches.registerCameras(batch);
            ChangedMonths.mark(jdbc, batch.stream().map(recording -> ChangedMonths.ofStart(recording.start()))
                    .toList());
            return new Outcome(batch.size(), 0, 0);
        }
        return upsert(batch, earlier);
    }

    /** Copies the batch into the catalogue if none of its ids is there yet; if one is, leaves nothing behind. */
    private boolean copiedAsNew(List<Recording> batch) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint beforeCopy = connection.setSavepoint();
            try {
                copy(connection, COPY_NEW, batch, false);
                connection.releaseSavepoint(beforeCopy);
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(beforeCopy);
                return false;
            }
        }));
    }

    private Outcome upsert(List<Recording> batch, EarlierBatches earlier) {
        jdbc.execute(STAGING);
        jdbc.execute((ConnectionCallback<Long>) connection -> copy(connection, COPY, batch, true));
        earlier.awaitCommitted();
        var months = new HashSet<YearMonth>();
        int[] counts = new int[2];
        jdbc.query(APPLY, rs -> {
            months.add(ChangedMonths.ofStart(rs.getObject(1, OffsetDateTime.class).toInstant()));
            var previous = rs.getObject(2, OffsetDateTime.class);
            if (previous == null) {
                counts[0]++;
            } else {
                counts[1]++;
                months.add(ChangedMonths.ofStart(previous.toInstant()));
            }
        });
        ChangedMonths.mark(jdbc, months);
        return new Outcome(counts[0], counts[1], batch.size() - counts[0] - counts[1]);
    }

    /**
     * Streams the batch to COPY in binary a chunk at a time, each row led by its ordinal from 1 if {@code numbered}:
     * the server stores the first rows while the later ones are still being written.
     */
    private static long copy(Connection connection, String sql, List<Recording> batch, boolean numbered)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            var chunk = ByteBuffer.allocate(CHUNK_BYTES + CopyBinary.MAX_ROW_BYTES);
            chunk.put(CopyBinary.HEADER);
            int ordinal = 0;
            for (Recording recording : batch) {
                CopyBinary.row(chunk, recording, numbered ? ++ordinal : 0);
                if (chunk.position() >= CHUNK_BYTES) {
                    send(copy, chunk);
                }
            }
            chunk.put(CopyBinary.TRAILER);
            send(copy, chunk);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void send(CopyIn copy, ByteBuffer chunk) throws SQLException {
        copy.writeToCopy(chunk.array(), 0, chunk.position());
        chunk.clear();
    }

    /**
     * Imports take turns, across nodes: each writes two batches at once, each batch waiting for the one before it
     * inside the JVM, where the database cannot see it. Two imports of the same recordings at once could then each
     * wait on a row of the other, a deadlock only {@code lock_timeout} would end. The turn is a transaction-level
     * advisory lock on a connection of its own, held (idle) for the import, and waited for without the session's
     * {@code lock_timeout}: an import may take longer than that.
     */
    @Override
    public ImportTurn awaitTurn() {
        Connection connection;
        try {
            connection = Objects.requireNonNull(jdbc.getDataSource()).getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("could not wait for the import's turn: " + e.getMessage(), e);
        }
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local lock_timeout = 0");
                statement.execute("select pg_advisory_xact_lock(" + IMPORT_TURN_LOCK + ")");
            }
        } catch (SQLException | RuntimeException e) {
            release(connection, false);
            throw new IllegalStateException("could not wait for the import's turn: " + e.getMessage(), e);
        }
        return () -> release(connection, true);
    }

    private void release(Connection connection, boolean commit) {
        try (connection) {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            // Closing the connection ends its transaction, and the lock with it.
            log.warn("The footage import's turn was not released cleanly: {}", e.getMessage());
        }
    }

    @Override
    public void registerCameras(Map<String, String> boroughByCamera) {
        batches.registerCameras(boroughByCamera);
    }
}
