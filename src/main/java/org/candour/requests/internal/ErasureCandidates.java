package org.candour.requests.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.candour.requests.RequestState;
import org.candour.shared.LondonTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The requests not yet erased that are closed and left their last open state before the London day after
 * {@code closedOnOrBefore}: the set {@code PersonalDataRetention} decides on, found with one indexed query. The
 * aggregate checks the rule again before it erases anything.
 */
@Component
public class ErasureCandidates {

    private static final String CANDIDATES = "select r.id from footage_request r "
            + "where r.personal_data_erased_on is null and r.state in (" + states(false) + ") "
            + "and not exists (select 1 from request_stage s where s.request_id = r.id and s.state in ("
            + states(true) + ") and (s.exited_at is null or s.exited_at >= ?)) order by r.id";

    private final JdbcTemplate jdbc;

    ErasureCandidates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<UUID> closedOnOrBefore(LocalDate closedOnOrBefore) {
        var nextDay = closedOnOrBefore.plusDays(1).atStartOfDay(LondonTime.ZONE).toOffsetDateTime();
        return jdbc.queryForList(CANDIDATES, UUID.class, (OffsetDateTime) nextDay);
    }

    private static String states(boolean open) {
        return Arrays.stream(RequestState.values()).filter(state -> state.isOpen() == open)
                .map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "));
    }
}
