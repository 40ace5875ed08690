package org.candour.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.candour.statistics.Release;
import org.candour.statistics.ReleaseSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Frozen releases in the database: inserted once, never updated. */
@Component
public class ReleaseStore {

    private static final String SUMMARY = "select version, period_from, period_to, published_at, note, triggered_by "
            + "from statistics_release ";

    private final JdbcTemplate jdbc;

    ReleaseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReleaseSummary> summaries() {
        return jdbc.query(SUMMARY + "order by version desc", ReleaseStore::summary);
    }

    public int nextVersion() {
        Integer max = jdbc.queryForObject("select max(version) from statistics_release", Integer.class);
        return max == null ? 1 : max + 1;
    }

    public Optional<Release> load(int version) {
        var summaries = jdbc.query(SUMMARY + "where version = ?", ReleaseStore::summary, version);
        if (summaries.isEmpty()) {
            return Optional.empty();
        }
        String content = jdbc.queryForObject("select content from statistics_release where version = ?",
                String.class, version);
        return Optional.of(new Release(summaries.getFirst(), ReleaseCodec.decode(content)));
    }

    /**
     * @return false, with nothing written, when the release's version is already taken (by another node publishing
     *         at the same moment)
     */
    public boolean insertIfVersionFree(Release release) {
        var s = release.summary();
        try {
            jdbc.update("insert into statistics_release (version, period_from, period_to, published_at, note, "
                            + "triggered_by, content) values (?, ?, ?, ?, ?, ?, ?)", s.version(), s.periodFrom(),
                    s.periodTo(), OffsetDateTime.ofInstant(s.publishedAt(), ZoneOffset.UTC), s.note(),
                    s.trigger().name(), ReleaseCodec.encode(release.rows()));
            return true;
        } catch (DuplicateKeyException versionTaken) {
            return false;
        }
    }

    private static ReleaseSummary summary(ResultSet rs, int row) throws SQLException {
        return new ReleaseSummary(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                ReleaseSummary.Trigger.valueOf(rs.getString(6)));
    }
}
