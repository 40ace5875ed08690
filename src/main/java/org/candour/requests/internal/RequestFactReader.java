package org.candour.requests.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.candour.requests.AnsweredRequestFact;
import org.candour.requests.Outcome;
import org.candour.requests.RequestState;
import org.candour.requests.domain.NoFootageReason;
import org.candour.requests.domain.RestrictionGround;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the statistical facts of requests in two scans: the workflow columns of the requests received in the
 * period, and their outcome stages (the first one counts). The encrypted identity columns, the reference and the
 * incident account are never selected; the id is used only to pair the two and is not handed on.
 */
@Component
public class RequestFactReader {

    private static final String REQUESTS = "select id, borough_code, received_on, due_on, restriction_ground, "
            + "no_footage_reason from footage_request where received_on between ? and ?";
    private static final String OUTCOMES = "select s.request_id, s.state, s.entered_at from request_stage s "
            + "join footage_request r on r.id = s.request_id where r.received_on between ? and ? "
            + "and s.state in (" + Arrays.stream(Outcome.values()).map(o -> "'" + o.state().name() + "'")
            .collect(Collectors.joining(", ")) + ")";

    private final JdbcTemplate jdbc;

    RequestFactReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Reached(Outcome outcome, OffsetDateTime at) {
    }

    public List<AnsweredRequestFact> receivedBetween(LocalDate from, LocalDate to) {
        Map<UUID, Reached> outcomes = new HashMap<>();
        jdbc.query(OUTCOMES, rs -> {
            var outcome = new Reached(Outcome.of(RequestState.valueOf(rs.getString(2))).orElseThrow(),
                    rs.getObject(3, OffsetDateTime.class));
            outcomes.merge(rs.getObject(1, UUID.class), outcome, (a, b) -> a.at().isAfter(b.at()) ? b : a);
        }, from, to);
        var facts = new ArrayList<AnsweredRequestFact>();
        jdbc.query(REQUESTS, rs -> {
            @Nullable Reached outcome = outcomes.get(rs.getObject(1, UUID.class));
            String ground = rs.getString(5);
            facts.add(new AnsweredRequestFact(rs.getString(2), rs.getObject(3, LocalDate.class),
                    outcome == null ? null : outcome.outcome(),
                    outcome == null ? null : outcome.at().atZoneSameInstant(LondonTime.ZONE).toLocalDate(),
                    rs.getObject(4, LocalDate.class),
                    outcome == null || ground == null ? null : RestrictionGround.valueOf(ground).section(),
                    NoFootageReason.DELETED_BEFORE_REQUEST.name().equals(rs.getString(6))));
        }, from, to);
        return facts;
    }
}
