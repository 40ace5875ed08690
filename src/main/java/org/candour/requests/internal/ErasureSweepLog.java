package org.candour.requests.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.candour.requests.ErasureSweep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The report of each erasure run (table {@code erasure_sweep}, V26), for administrators. */
@Component
public class ErasureSweepLog {

    private final JdbcTemplate jdbc;

    ErasureSweepLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(ErasureSweep sweep) {
        jdbc.update("insert into erasure_sweep (id, ran_at, closed_on_or_before, erased, failed) "
                        + "values (?, ?, ?, ?, ?)",
                UUID.randomUUID(), sweep.ranAt().atOffset(ZoneOffset.UTC), sweep.closedOnOrBefore(), sweep.erased(),
                sweep.failed());
    }

    public List<ErasureSweep> recent(int limit) {
        return jdbc.query("select ran_at, closed_on_or_before, erased, failed from erasure_sweep "
                        + "order by ran_at desc fetch first ? rows only",
                (rs, row) -> new ErasureSweep(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4)), limit);
    }
}
