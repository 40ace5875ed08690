package org.candour.disclosure.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The police-station viewing slot a requester chose (table viewing_appointment), one per request. */
@Component
public class Appointments {

    private final JdbcTemplate jdbc;

    Appointments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instant> of(String reference) {
        return jdbc.query("select slot_start from viewing_appointment where request_reference = ?",
                (rs, row) -> rs.getTimestamp(1).toInstant(), reference).stream().findFirst();
    }

    /** Records the slot, replacing an earlier choice. */
    public void choose(String reference, Instant slot, Instant at) {
        int updated = jdbc.update("update viewing_appointment set slot_start = ?, chosen_at = ? "
                + "where request_reference = ?", Timestamp.from(slot), Timestamp.from(at), reference);
        if (updated == 0) {
            jdbc.update("insert into viewing_appointment (request_reference, slot_start, chosen_at) values (?, ?, ?)",
                    reference, Timestamp.from(slot), Timestamp.from(at));
        }
    }
}
