package org.candour.footage.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.candour.footage.domain.Recording;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL writer: COPY streams a batch into a temporary staging table (PgJDBC's copy API, one round trip),
 * then one statement applies it: {@code insert ... on conflict do update} only where an imported column differs
 * (so unchanged rows are not written), registers the cameras of the written rows, and returns each written id with
 * its new and previous start, from which the changed months are marked as {@link RecordingWriter} marks them. The
 * outcome is exactly the JDBC writer's; the upsert is atomic, so two imports of the same id at once both succeed.
 */
final class CopyRecordingWriter implements RecordingBatchWriter {

    // "on commit delete rows": the staging table is empty at the start of every batch's transaction.
    private static final String STAGING = "create temporary table if not exists recording_import ("
            + "ordinal integer not null, id varchar(64) not null, camera_id varchar(64) not null, "
            + "borough_code varchar(9) not null, start_at timestamp with time zone not null, "
            + "end_at timestamp with time zone not null, duration_seconds integer not null, "
            + "category varchar(16) not null, evidential boolean not null, officer_key varchar(128) not null, "
            + "deletion_date date not null) on commit delete rows";

    private static final String COPY = "copy recording_import (ordinal, id, camera_id, borough_code, start_at, "
            + "end_at, duration_seconds, category, evidential, officer_key, deletion_date) from stdin";

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

    private final JdbcTemplate jdbc;
    private final RecordingWriter batches;

    CopyRecordingWriter(JdbcTemplate jdbc, RecordingWriter batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public Outcome write(List<Recording> batch) {
        if (batch.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        jdbc.execute(STAGING);
        String rows = CopyText.rows(batch);
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(rows));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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

    @Override
    public void registerCameras(Map<String, String> boroughByCamera) {
        batches.registerCameras(boroughByCamera);
    }
}
