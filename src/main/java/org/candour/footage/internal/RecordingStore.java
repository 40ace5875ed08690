package org.candour.footage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.candour.footage.RecordingCategory;
import org.candour.footage.RecordingSearch;
import org.candour.footage.RecordingSummary;
import org.candour.footage.domain.RetentionRule;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads recordings for casework and keeps each recording's count of holds in place (read by the sweep). */
public final class RecordingStore {

    private static final String COLUMNS = "id, camera_id, borough_code, start_at, end_at, category, evidential, "
            + "officer_key, deletion_date, deleted_at_source, hold_count, cad_reference";

    private final JdbcTemplate jdbc;

    public RecordingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isEmpty() {
        return jdbc.queryForList("select id from recording fetch first 1 rows only", String.class).isEmpty();
    }

    /** {@code officerKey}: only this officer's recordings, if not null. */
    public List<RecordingSummary> find(RecordingSearch search, @Nullable String officerKey, LocalDate today) {
        // A recording overlaps the window if it starts before the window ends and ends after it starts. It starts
        // at most a day before it ends, which bounds the index range on start_at (and borough_code on H2: V4, V59).
        var args = new ArrayList<Object>(List.of(search.boroughCode(),
                search.from().minus(RecordingRowParser.LONGEST_RECORDING).atOffset(ZoneOffset.UTC),
                search.to().atOffset(ZoneOffset.UTC), search.from().atOffset(ZoneOffset.UTC)));
        String sql = "select " + COLUMNS + " from recording where borough_code = ? and start_at >= ? and start_at < ? "
                + "and end_at > ?";
        if (search.cameraId() != null) {
            sql += " and camera_id = ?";
            args.add(search.cameraId());
        }
        if (officerKey != null) {
            sql += " and officer_key = ?";
            args.add(officerKey);
        }
        args.add(search.limit());
        return jdbc.query(sql + " order by start_at, id fetch first ? rows only", (rs, row) -> summary(rs, today),
                args.toArray());
    }

    /** Records the incident's CAD reference on a recording that has none yet. */
    public void recordCadReference(String id, String cadReference) {
        jdbc.update("update recording set cad_reference = ? where id = ? and cad_reference is null", cadReference, id);
    }

    public void forgetCadReference(String id, String cadReference) {
        jdbc.update("update recording set cad_reference = null where id = ? and cad_reference = ?", id, cadReference);
    }

    public Optional<RecordingSummary> byId(String id, LocalDate today) {
        return jdbc.query("select " + COLUMNS + " from recording where id = ?", (rs, row) -> summary(rs, today), id)
                .stream().findFirst();
    }

    /**
     * Locks the rows of these recordings until the transaction ends (so a sweep cannot mark them meanwhile) and
     * returns each one found with the date it was deleted at source, if it was.
     */
    public Map<String, Optional<LocalDate>> lockForHold(Collection<String> ids) {
        var found = new HashMap<String, Optional<LocalDate>>();
        jdbc.query("select id, deleted_at_source from recording where id = any (?) for update",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids.toArray())),
                rs -> {
                    found.put(rs.getString(1), Optional.ofNullable(rs.getObject(2, LocalDate.class)));
                });
        return found;
    }

    public void changeHoldCount(Collection<String> ids, int change) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("update recording set hold_count = hold_count + ? where id = any (?)");
            ps.setInt(1, change);
            ps.setArray(2, con.createArrayOf("varchar", ids.toArray()));
            return ps;
        });
    }

    private static RecordingSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        boolean evidential = rs.getBoolean(7);
        int holds = rs.getInt(11);
        LocalDate deletionDate = rs.getObject(9, LocalDate.class);
        @Nullable LocalDate deletedAtSource = rs.getObject(10, LocalDate.class);
        var status = RetentionRule.status(evidential, holds, deletedAtSource, deletionDate, today);
        boolean ruleApplies = !evidential && holds == 0 && deletedAtSource == null;
        return new RecordingSummary(rs.getString(1), rs.getString(2), rs.getString(3), RecordingWriter.instant(rs, 4),
                RecordingWriter.instant(rs, 5), RecordingCategory.valueOf(rs.getString(6)), evidential, holds > 0,
                rs.getString(8), ruleApplies ? deletionDate : null, deletedAtSource, status, rs.getString(12));
    }
}
