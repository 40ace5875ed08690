package org.candour.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.disclosure.domain.RedactionJob;
import org.candour.disclosure.domain.RedactionJobException;
import org.candour.disclosure.domain.RedactionJobState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Redaction jobs (table redaction_job). Every change names the version it read and is refused if the job changed
 * since; progress is written apart from the version, so that it never collides with a caseworker's change. Every
 * write renews the job's lease (heartbeat_at), and a running job holds its original in active_original, which is
 * unique: the database refuses a second running job on one original, whichever node asks.
 */
public final class RedactionJobRecords {

    private static final String COLUMNS = "id, request_reference, original_id, state, frames_done, frames_total, "
            + "tracks, plan, redaction_log, rendered_id, failure, requested_by, worker, updated_at, version";

    private final JdbcTemplate jdbc;

    public RedactionJobRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException if another job is running on the same original */
    public RedactionJob insert(RedactionJob job) {
        jdbc.update("insert into redaction_job (" + COLUMNS + ", heartbeat_at, active_original) values (?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                job.id(), job.reference(), job.originalId(), job.state().name(), job.framesDone(), job.framesTotal(),
                RedactionJson.write(job.tracks()), RedactionJson.write(job.plan()), RedactionJson.write(job.log()),
                job.renderedId(), job.failure(), job.requestedBy(), job.worker(), utc(job), job.version(), utc(job),
                active(job));
        return job;
    }

    /** Stores the job as changed from the version it was read at; returns it with its new version. */
    public RedactionJob update(RedactionJob job) {
        int updated = jdbc.update("update redaction_job set state = ?, frames_done = ?, frames_total = ?, tracks = ?, "
                        + "plan = ?, redaction_log = ?, rendered_id = ?, failure = ?, requested_by = ?, worker = ?, "
                        + "updated_at = ?, heartbeat_at = ?, active_original = ?, version = version + 1 "
                        + "where id = ? and version = ?",
                job.state().name(), job.framesDone(), job.framesTotal(), RedactionJson.write(job.tracks()),
                RedactionJson.write(job.plan()), RedactionJson.write(job.log()), job.renderedId(), job.failure(),
                job.requestedBy(), job.worker(), utc(job), utc(job), active(job), job.id(), job.version());
        if (updated != 1) {
            throw new RedactionJobException("Someone else changed this redaction meanwhile. Look at it again and "
                    + "repeat your change.");
        }
        return byId(job.id()).orElseThrow();
    }

    /**
     * Progress of running work started at {@code version}, renewing its lease. False when the job has changed since
     * (cancelled, or failed by another node when its lease ran out): the work is no longer wanted.
     */
    public boolean progress(UUID id, long version, long done, long total, Instant at) {
        return jdbc.update("update redaction_job set frames_done = ?, frames_total = ?, heartbeat_at = ? where id = ? "
                + "and version = ?", done, total, at.atOffset(ZoneOffset.UTC), id, version) == 1;
    }

    /** Running jobs whose lease was last renewed before {@code before}: their node has stopped working on them. */
    public List<RedactionJob> runningWithLeaseBefore(Instant before) {
        return jdbc.query("select " + COLUMNS + " from redaction_job where state in (?, ?) and heartbeat_at < ?",
                (rs, row) -> job(rs), RedactionJobState.DETECTING.name(), RedactionJobState.RENDERING.name(),
                before.atOffset(ZoneOffset.UTC));
    }

    public Optional<RedactionJob> byId(UUID id) {
        return jdbc.query("select " + COLUMNS + " from redaction_job where id = ?", (rs, row) -> job(rs), id)
                .stream().findFirst();
    }

    /** The latest job on an original clip. */
    public Optional<RedactionJob> latestFor(UUID originalId) {
        return jdbc.query("select " + COLUMNS + " from redaction_job where original_id = ? order by updated_at desc, "
                + "id", (rs, row) -> job(rs), originalId).stream().findFirst();
    }

    public Optional<RedactionJob> byRenderedId(UUID renderedId) {
        return jdbc.query("select " + COLUMNS + " from redaction_job where rendered_id = ?", (rs, row) -> job(rs),
                renderedId).stream().findFirst();
    }

    /** Jobs left running by this worker (a node that stopped while they ran). */
    public List<RedactionJob> runningOn(String worker) {
        return jdbc.query("select " + COLUMNS + " from redaction_job where worker = ? and state in (?, ?)",
                (rs, row) -> job(rs), worker, RedactionJobState.DETECTING.name(), RedactionJobState.RENDERING.name());
    }

    private static @Nullable UUID active(RedactionJob job) {
        return job.state().running() ? job.originalId() : null;
    }

    private static OffsetDateTime utc(RedactionJob job) {
        return job.updatedAt().atOffset(ZoneOffset.UTC);
    }

    private static RedactionJob job(ResultSet rs) throws SQLException {
        return new RedactionJob(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                RedactionJobState.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6),
                RedactionJson.tracks(rs.getString(7)), RedactionJson.plan(rs.getString(8)),
                RedactionJson.log(rs.getString(9)), rs.getObject(10, UUID.class), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getObject(14, OffsetDateTime.class).toInstant(), rs.getLong(15));
    }
}
