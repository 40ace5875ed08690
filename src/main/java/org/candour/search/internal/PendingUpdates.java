package org.candour.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How far the index is behind: event publications in the outbox that no listener has completed yet. */
@Component
public class PendingUpdates {

    public record Backlog(long count, @Nullable Duration oldestAge) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PendingUpdates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Backlog backlog() {
        return jdbc.queryForObject("select count(*), min(publication_date) from event_publication "
                + "where completion_date is null", (rs, row) -> {
                    OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                    return new Backlog(rs.getLong(1),
                            oldest == null ? null : Duration.between(oldest.toInstant(), clock.instant()));
                });
    }
}
