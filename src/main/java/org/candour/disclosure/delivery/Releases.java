package org.candour.disclosure.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.disclosure.ReleasedCopy;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Released copies (table footage_release). */
@Component
public class Releases {

    private static final String COLUMNS = "select id, request_reference, footage_file_id, sha256, approved_at, "
            + "released_at, available_until, expiry_warned_at, erased_at from footage_release ";

    /** A parameter in a select list has no type of its own in PostgreSQL: named, as H2 accepts too. */
    private static final String TIME = "cast(? as timestamp with time zone)";

    private final JdbcTemplate jdbc;

    Releases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the release unless the file was released already; true if this call released it. */
    boolean insertIfAbsent(ReleasedCopy copy) {
        return jdbc.update("insert into footage_release (id, request_reference, footage_file_id, sha256, approved_at, "
                        + "released_at, available_until) select cast(? as uuid), cast(? as varchar(40)), cast(? as uuid), "
                        + "cast(? as char(64)), " + TIME + ", " + TIME + ", " + TIME + " where not exists "
                        + "(select 1 from footage_release where footage_file_id = ?)",
                copy.id(), copy.reference(), copy.footageFileId(), copy.sha256(), ts(copy.approvedAt()),
                ts(copy.releasedAt()), ts(copy.availableUntil()), copy.footageFileId()) == 1;
    }

    public List<ReleasedCopy> ofRequest(String reference) {
        return jdbc.query(COLUMNS + "where request_reference = ? order by released_at, id", this::row, reference);
    }

    public Optional<ReleasedCopy> byId(UUID id) {
        return jdbc.query(COLUMNS + "where id = ?", this::row, id).stream().findFirst();
    }

    /** Copies past their time and not erased yet. */
    List<ReleasedCopy> dueForErasure(Instant now) {
        return jdbc.query(COLUMNS + "where erased_at is null and available_until <= ? order by available_until",
                this::row, ts(now));
    }

    /** Copies still available that run out before {@code before} and whose requester was not warned yet. */
    List<ReleasedCopy> dueForWarning(Instant now, Instant before) {
        return jdbc.query(COLUMNS + "where erased_at is null and expiry_warned_at is null and available_until > ? "
                + "and available_until <= ? order by available_until", this::row, ts(now), ts(before));
    }

    /** True if this call set the mark (so two nodes never both act on one copy). */
    boolean markWarned(UUID id, Instant at) {
        return jdbc.update("update footage_release set expiry_warned_at = ? where id = ? and expiry_warned_at is null",
                ts(at), id) == 1;
    }

    boolean markErased(UUID id, Instant at) {
        return jdbc.update("update footage_release set erased_at = ? where id = ? and erased_at is null", ts(at), id)
                == 1;
    }

    private ReleasedCopy row(ResultSet rs, int row) throws SQLException {
        Instant availableUntil = instant(rs.getTimestamp(7));
        LocalDate lastDay = availableUntil.atZone(LondonTime.ZONE).toLocalDate().minusDays(1);
        return new ReleasedCopy(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                rs.getString(4).strip(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), lastDay,
                availableUntil, nullableInstant(rs.getTimestamp(8)), nullableInstant(rs.getTimestamp(9)));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }

    private static @Nullable Instant nullableInstant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
