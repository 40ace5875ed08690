package org.candour.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.candour.requests.ClockStatus;
import org.candour.requests.Outcome;
import org.candour.requests.RequestSnapshot;
import org.candour.requests.RequestState;
import org.candour.requests.Urgency;
import org.candour.requests.domain.ClockPause;
import org.candour.requests.domain.RestrictionGround;
import org.candour.requests.domain.StatutoryClock;
import org.candour.shared.LondonTime;
import org.candour.requests.domain.FootageRequest;
import org.candour.shared.crypto.FieldCipher;
import org.candour.shared.crypto.FieldPlace;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads request snapshots with plain SQL over the workflow columns only: the encrypted identity columns are never
 * selected (so never decrypted), and a page of a thousand requests costs three queries. The incident account's
 * location and description are decrypted for staff search; they are empty once erased.
 */
@Component
public class SnapshotReader {

    private static final String COLUMNS = "select id, version, reference, borough_code, state, submitted_at, "
            + "received_on, identity_verified_on, extension_months, incident_date, incident_location, "
            + "incident_description, stop_and_search, assigned_to, restriction_ground, no_footage_reason, "
            + "case when " + RequestFlags.preserved("footage_request.id") + " then true else false end as preserved, "
            + "case when " + RequestFlags.linkedToComplaint("footage_request.id") + " then true else false end "
            + "as linked from footage_request ";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final FieldCipher cipher;

    SnapshotReader(NamedParameterJdbcTemplate jdbc, Clock clock, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    public Optional<RequestSnapshot> find(UUID id) {
        return withDetails(jdbc.query(COLUMNS + "where id = :id", Map.of("id", id), this::row)).stream().findFirst();
    }

    public Optional<UUID> idOf(String reference) {
        return jdbc.queryForList("select id from footage_request where reference = :reference",
                Map.of("reference", reference), UUID.class).stream().findFirst();
    }

    public List<RequestSnapshot> pageAfter(@Nullable UUID afterId, int size) {
        String sql = COLUMNS + (afterId == null ? "" : "where id > :after ") + "order by id fetch first :size rows only";
        var params = new LinkedHashMap<String, Object>();
        params.put("size", size);
        if (afterId != null) {
            params.put("after", afterId);
        }
        return withDetails(jdbc.query(sql, params, this::row));
    }

    public long count() {
        Long count = jdbc.getJdbcTemplate().queryForObject("select count(*) from footage_request", Long.class);
        return count == null ? 0 : count;
    }

    private record Row(UUID id, long version, String reference, String boroughCode, RequestState state,
                       Instant submittedAt, LocalDate receivedOn, @Nullable LocalDate identityVerifiedOn,
                       int extensionMonths, LocalDate incidentDate, String location, String description,
                       boolean stopAndSearch, @Nullable String assignedTo,
                       @Nullable RestrictionGround restrictionGround, @Nullable String noFootageReason,
                       boolean preserved, boolean linked) {
    }

    private Row row(ResultSet rs, int rowNum) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Row(id, rs.getLong("version"), rs.getString("reference"),
                rs.getString("borough_code"), RequestState.valueOf(rs.getString("state")),
                instant(rs, "submitted_at"), rs.getObject("received_on", LocalDate.class),
                rs.getObject("identity_verified_on", LocalDate.class), rs.getInt("extension_months"),
                rs.getObject("incident_date", LocalDate.class), open(rs, "incident_location", id),
                open(rs, "incident_description", id), rs.getBoolean("stop_and_search"), rs.getString("assigned_to"),
                rs.getString("restriction_ground") == null ? null
                        : RestrictionGround.valueOf(rs.getString("restriction_ground")),
                rs.getString("no_footage_reason"), rs.getBoolean("preserved"), rs.getBoolean("linked"));
    }

    private List<RequestSnapshot> withDetails(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<ClockPause>> pauses = pauses(ids);
        Map<UUID, List<RequestSnapshot.Stage>> stages = stages(ids);
        LocalDate today = LondonTime.today(clock);
        return rows.stream().map(row -> snapshot(row, pauses.getOrDefault(row.id(), List.of()),
                stages.getOrDefault(row.id(), List.of()), today)).toList();
    }

    private static RequestSnapshot snapshot(Row row, List<ClockPause> pauses, List<RequestSnapshot.Stage> stages,
                                            LocalDate today) {
        var deadline = StatutoryClock.deadline(row.receivedOn(), row.identityVerifiedOn(), pauses,
                row.extensionMonths(), today);
        Outcome outcome = Outcome.of(row.state()).orElse(null);
        Instant outcomeAt = outcome == null ? null : stages.stream().filter(s -> s.state() == row.state())
                .map(RequestSnapshot.Stage::enteredAt).reduce((first, last) -> last).orElse(null);
        boolean paused = deadline.status() == ClockStatus.PAUSED;
        return new RequestSnapshot(row.id(), row.version(), row.reference(), row.boroughCode(), row.state(),
                row.submittedAt(), row.receivedOn(), row.incidentDate(), deadline.status(),
                paused ? null : deadline.dueDate(), Urgency.footageDeletionDate(row.incidentDate()),
                row.extensionMonths() > 0, paused, row.stopAndSearch(), row.location(), row.description(),
                outcome, outcomeAt, stages, row.preserved(), row.linked(),
                row.assignedTo(), row.restrictionGround() == null ? null : row.restrictionGround().section(),
                row.noFootageReason());
    }

    private Map<UUID, List<ClockPause>> pauses(Collection<UUID> ids) {
        var byRequest = new LinkedHashMap<UUID, List<ClockPause>>();
        jdbc.query("select request_id, asked_on, answered_on from clarification_pause where request_id in (:ids)",
                Map.of("ids", ids), rs -> {
                    byRequest.computeIfAbsent(rs.getObject("request_id", UUID.class), k -> new ArrayList<>())
                            .add(new ClockPause(rs.getObject("asked_on", LocalDate.class),
                                    rs.getObject("answered_on", LocalDate.class)));
                });
        return byRequest;
    }

    private Map<UUID, List<RequestSnapshot.Stage>> stages(Collection<UUID> ids) {
        var byRequest = new LinkedHashMap<UUID, List<RequestSnapshot.Stage>>();
        jdbc.query("select request_id, state, entered_at, exited_at from request_stage where request_id in (:ids) "
                + "order by entered_at", Map.of("ids", ids), rs -> {
                    byRequest.computeIfAbsent(rs.getObject("request_id", UUID.class), k -> new ArrayList<>())
                            .add(new RequestSnapshot.Stage(RequestState.valueOf(rs.getString("state")),
                                    instant(rs, "entered_at"), nullableInstant(rs, "exited_at")));
                });
        return byRequest;
    }

    private String open(ResultSet rs, String column, UUID id) throws SQLException {
        byte[] stored = rs.getBytes(column);
        return stored == null ? "" : cipher.openText(stored, FieldPlace.of(FootageRequest.TABLE, column, id));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
