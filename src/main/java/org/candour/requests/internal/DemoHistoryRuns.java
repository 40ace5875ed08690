package org.candour.requests.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the demo history of a seed was generated, and from which day it was planned (table demo_history_run). */
@Component
class DemoHistoryRuns {

    private final JdbcClient jdbc;

    DemoHistoryRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The day the history is planned up to, or empty if it is complete; a first call starts a run anchored today. */
    Optional<LocalDate> startOrResume(long seed, LocalDate today, Instant now) {
        var run = jdbc.sql("select anchored_on, completed_at from demo_history_run where seed = ?").param(seed)
                .query((rs, row) -> rs.getTimestamp("completed_at") == null
                        ? Optional.of(rs.getObject("anchored_on", LocalDate.class)) : Optional.<LocalDate>empty())
                .optional();
        if (run.isPresent()) {
            return run.get();
        }
        jdbc.sql("insert into demo_history_run (seed, anchored_on, started_at) values (?, ?, ?)")
                .params(seed, today, Timestamp.from(now)).update();
        return Optional.of(today);
    }

    void complete(long seed, int requests, Instant now) {
        jdbc.sql("update demo_history_run set completed_at = ?, requests = ? where seed = ?")
                .params(Timestamp.from(now), requests, seed).update();
    }
}
