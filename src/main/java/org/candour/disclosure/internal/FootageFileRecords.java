package org.candour.disclosure.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.FootageKind;
import org.candour.disclosure.VideoFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** The metadata of stored footage files (table footage_file); the files themselves are in {@link FootageStorage}. */
public final class FootageFileRecords {

    private static final String COLUMNS = "id, request_reference, recording_id, kind, original_name, size_bytes, "
            + "sha256, container, video_codec, width, height, duration_millis, frame_rate, audio_codec, stored_at, "
            + "stored_by";

    /** Files deleted from the store ({@code footage_file_erasure}) are no longer listed or opened. */
    private static final String NOT_ERASED = " and id not in (select footage_file_id from footage_file_erasure)";

    private final JdbcTemplate jdbc;

    public FootageFileRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(FootageFile file) {
        insert(file, null);
    }

    /** A file, and for a rendered copy the original it was rendered from. */
    public void insert(FootageFile file, @Nullable UUID sourceId) {
        var facts = file.facts();
        jdbc.update("insert into footage_file (" + COLUMNS + ", source_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?)",
                file.id(), file.requestReference(), file.recordingId(), file.kind().name(), file.originalName(),
                file.sizeBytes(), file.sha256(), facts.container(), facts.videoCodec(), facts.width(), facts.height(),
                facts.duration().toMillis(), BigDecimal.valueOf(facts.frameRate()).setScale(3,
                        java.math.RoundingMode.HALF_UP), facts.audioCodec(),
                file.storedAt().atOffset(ZoneOffset.UTC), file.storedBy(), sourceId);
    }

    /**
     * The stored copies rendered from an original other than {@code current}, leaving out every copy that was ever
     * approved for release (footage_release): those keep their own days.
     */
    public List<FootageFile> copiesSupersededBy(UUID originalId, UUID current) {
        return jdbc.query("select " + COLUMNS + " from footage_file where source_id = ? and kind = 'RENDERED' and id <> ?"
                + NOT_ERASED + " and id not in (select footage_file_id from footage_release) order by stored_at, id",
                (rs, row) -> file(rs), originalId, current);
    }

    /** The original a rendered copy was rendered from, even once the copy is erased. */
    public Optional<UUID> sourceOf(UUID copyId) {
        return jdbc.query("select source_id from footage_file where id = ? and source_id is not null",
                (rs, row) -> rs.getObject(1, UUID.class), copyId).stream().findFirst();
    }

    /** Marks a file deleted from the store; true if this call marked it (a retry finds it marked). */
    public boolean markErased(UUID fileId, Instant at, String reason) {
        return jdbc.update("insert into footage_file_erasure (footage_file_id, erased_at, reason) select cast(? as uuid), "
                + "cast(? as timestamp with time zone), cast(? as varchar(200)) "
                + "where not exists (select 1 from footage_file_erasure where footage_file_id = ?)",
                fileId, Timestamp.from(at), reason, fileId) == 1;
    }

    public List<FootageFile> ofRequest(String reference) {
        return jdbc.query("select " + COLUMNS + " from footage_file where request_reference = ?" + NOT_ERASED
                + " order by stored_at, id", (rs, row) -> file(rs), reference);
    }

    /** The stored originals exported from one catalogue recording, on any request. */
    public List<FootageFile> originalsOf(String recordingId) {
        return jdbc.query("select " + COLUMNS + " from footage_file where recording_id = ? and kind = 'ORIGINAL'"
                + NOT_ERASED + " order by stored_at, id", (rs, row) -> file(rs), recordingId);
    }

    public Optional<FootageFile> byId(UUID id) {
        return jdbc.query("select " + COLUMNS + " from footage_file where id = ?" + NOT_ERASED, (rs, row) -> file(rs), id)
                .stream().findFirst();
    }

    /** Every stored file not erased, in id order, {@code size} at a time: for the key rotation. */
    public List<FootageFile> pageAfter(@org.jspecify.annotations.Nullable UUID after, int size) {
        return after == null
                ? jdbc.query("select " + COLUMNS + " from footage_file where 1 = 1" + NOT_ERASED + " order by id fetch first "
                        + size + " rows only", (rs, row) -> file(rs))
                : jdbc.query("select " + COLUMNS + " from footage_file where id > ?" + NOT_ERASED + " order by id fetch first "
                        + size + " rows only", (rs, row) -> file(rs), after);
    }

    private static FootageFile file(ResultSet rs) throws SQLException {
        var facts = new VideoFacts(rs.getString(8), rs.getString(9), rs.getInt(10), rs.getInt(11),
                Duration.ofMillis(rs.getLong(12)), rs.getBigDecimal(13).doubleValue(), rs.getString(14));
        return new FootageFile(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                FootageKind.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6), rs.getString(7).strip(), facts,
                rs.getObject(15, java.time.OffsetDateTime.class).toInstant(), rs.getString(16));
    }
}
