package org.candour.footage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.candour.footage.RecordingCategory;
import org.candour.footage.domain.Recording;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes batches of recordings with plain JDBC: reads which ids exist, skips rows whose values are unchanged (so a
 * re-sent file writes nothing), registers cameras seen for the first time, inserts the new recordings and upserts
 * the changed ones (a JDBC batch each), and marks the months whose footage figures that changed (V22).
 * Must run inside the caller's transaction.
 */
public final class RecordingWriter implements RecordingBatchWriter {

    /** Known cameras are remembered up to this many, which covers a force's whole fleet. */
    private static final int CAMERAS_REMEMBERED = 100_000;

    private final JdbcTemplate jdbc;
    private final CatalogueDialect dialect;
    private final Set<String> knownCameras = ConcurrentHashMap.newKeySet();

    public RecordingWriter(JdbcTemplate jdbc, CatalogueDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    @Override
    public Outcome write(List<Recording> batch, EarlierBatches earlier) {
        earlier.awaitCommitted();
        Map<String, Recording> existing = existing(batch);
        var added = new ArrayList<Recording>(batch.size());
        var changed = new ArrayList<Recording>();
        var months = new HashSet<YearMonth>();
        for (Recording recording : batch) {
            Recording before = existing.get(recording.id());
            if (before == null) {
                added.add(recording);
            } else if (!before.equals(recording)) {
                changed.add(recording);
                months.add(ChangedMonths.ofStart(before.start()));
            } else {
                continue;
            }
            months.add(ChangedMonths.ofStart(recording.start()));
        }
        registerCameras(Stream.concat(added.stream(), changed.stream()).toList());
        write(dialect.insertNewRecording(), added);
        write(dialect.upsertRecording(), changed);
        ChangedMonths.mark(jdbc, months);
        return new Outcome(added.size(), changed.size(), batch.size() - added.size() - changed.size());
    }

    @Override
    public void registerCameras(Map<String, String> boroughByCamera) {
        var missing = new HashMap<>(boroughByCamera);
        missing.keySet().removeAll(existingCameras(boroughByCamera.keySet()));
        jdbc.batchUpdate("insert into camera (id, borough_code) values (?, ?)", List.copyOf(missing.entrySet()),
                5_000, (ps, camera) -> {
                    ps.setString(1, camera.getKey());
                    ps.setString(2, camera.getValue());
                });
    }

    /** Registers the cameras of these recordings not known yet, each with the borough of its first recording. */
    void registerCameras(List<Recording> changes) {
        var unknown = new HashMap<String, String>();
        for (Recording recording : changes) {
            if (!knownCameras.contains(recording.cameraId())) {
                unknown.putIfAbsent(recording.cameraId(), recording.boroughCode());
            }
        }
        if (!unknown.isEmpty()) {
            registerCameras(unknown);
        }
    }

    /** Cameras already in the database; those are committed, so they can be remembered safely. */
    private Collection<String> existingCameras(Collection<String> ids) {
        List<String> found = jdbc.query("select c.id from unnest(?) as wanted(id) join camera c on c.id = wanted.id",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids.toArray())),
                (rs, row) -> rs.getString(1));
        if (knownCameras.size() < CAMERAS_REMEMBERED) {
            knownCameras.addAll(found);
        }
        return found;
    }

    private Map<String, Recording> existing(List<Recording> batch) {
        Object[] ids = batch.stream().map(Recording::id).toArray();
        var existing = new HashMap<String, Recording>();
        // A join with the ids (not "id = any(?)", which H2 re-checks against the whole array for every row found).
        jdbc.query("select r.id, r.camera_id, r.borough_code, r.start_at, r.end_at, r.category, r.evidential, "
                        + "r.officer_key from unnest(?) as wanted(id) join recording r on r.id = wanted.id",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids)),
                rs -> {
                    Recording recording = read(rs);
                    existing.put(recording.id(), recording);
                });
        return existing;
    }

    private static Recording read(ResultSet rs) throws SQLException {
        return new Recording(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5),
                RecordingCategory.valueOf(rs.getString(6)), rs.getBoolean(7), rs.getString(8));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private void write(String sql, List<Recording> recordings) {
        if (!recordings.isEmpty()) {
            jdbc.batchUpdate(sql, recordings, recordings.size(), RecordingWriter::bind);
        }
    }

    private static void bind(PreparedStatement ps, Recording r) throws SQLException {
        ps.setString(1, r.id());
        ps.setString(2, r.cameraId());
        ps.setString(3, r.boroughCode());
        ps.setObject(4, r.start().atOffset(ZoneOffset.UTC));
        ps.setObject(5, r.end().atOffset(ZoneOffset.UTC));
        ps.setInt(6, (int) r.duration().toSeconds());
        ps.setString(7, r.category().name());
        ps.setBoolean(8, r.evidential());
        ps.setString(9, r.officerKey());
        ps.setObject(10, r.deletionDate());
    }
}
