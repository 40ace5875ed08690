package org.candour.requests.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.candour.requests.RequestState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Requests by stored state, for Prometheus ({@code candour_requests{state="SEARCHING"}}): one gauge per state, all
 * read with one grouped query at most every {@link #MAX_AGE}, so a scrape costs one query, not one per state.
 */
@Component
class RequestStateMetrics implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Clock systemClock = Clock.systemUTC();
    private Map<RequestState, Long> counts = Map.of();
    private Instant countedAt = Instant.MIN;

    RequestStateMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (RequestState state : RequestState.values()) {
            Gauge.builder("candour.requests", this, metrics -> metrics.count(state))
                    .description("Footage requests in each stored state").tag("state", state.name())
                    .register(registry);
        }
    }

    private synchronized long count(RequestState state) {
        Instant now = systemClock.instant();
        if (countedAt.plus(MAX_AGE).isBefore(now)) {
            Map<RequestState, Long> fresh = new EnumMap<>(RequestState.class);
            jdbc.query("select state, count(*) from footage_request group by state",
                    rs -> {
                        fresh.put(RequestState.valueOf(rs.getString(1)), rs.getLong(2));
                    });
            counts = fresh;
            countedAt = now;
        }
        return counts.getOrDefault(state, 0L);
    }
}
