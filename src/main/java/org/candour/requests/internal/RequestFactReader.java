package org.candour.requests.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.candour.requests.AnsweredRequestFact;
import org.candour.requests.domain.NoFootageReason;
import org.candour.requests.domain.RestrictionGround;
import org.candour.shared.LondonTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the statistical facts of requests in one query: the workflow columns and the first outcome stage. The
 * encrypted identity columns, the reference and the incident account are never selected.
 */
@Component
public class RequestFactReader {

    private static final String SQL = "select r.borough_code, r.received_on, r.due_on, r.restriction_ground, "
            + "r.no_footage_reason, o.state, o.entered_at from footage_request r left join ("
            + "select request_id, state, entered_at, row_number() over (partition by request_id order by entered_at) "
            + "as n from request_stage where state in ('DISCLOSED', 'PARTIALLY_DISCLOSED', 'REFUSED', "
            + "'NO_FOOTAGE_HELD')) o on o.request_id = r.id and o.n = 1 where r.received_on between ? and ?";

    private final JdbcTemplate jdbc;

    RequestFactReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AnsweredRequestFact> receivedBetween(LocalDate from, LocalDate to) {
        return jdbc.query(SQL, (rs, row) -> {
            String outcome = rs.getString(6);
            OffsetDateTime answeredAt = rs.getObject(7, OffsetDateTime.class);
            String ground = rs.getString(4);
            return new AnsweredRequestFact(rs.getString(1), rs.getObject(2, LocalDate.class), outcome,
                    answeredAt == null ? null : answeredAt.atZoneSameInstant(LondonTime.ZONE).toLocalDate(),
                    rs.getObject(3, LocalDate.class),
                    outcome == null || ground == null ? null : RestrictionGround.valueOf(ground).section(),
                    NoFootageReason.DELETED_BEFORE_REQUEST.name().equals(rs.getString(5)));
        }, from, to);
    }
}
