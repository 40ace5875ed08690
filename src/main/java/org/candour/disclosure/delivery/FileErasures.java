package org.candour.disclosure.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks stored files as erased (table footage_file_erasure) once they are deleted from the store; their metadata
 * stays for the chain of custody, and they are no longer listed or opened.
 */
@Component
class FileErasures {

    private final JdbcTemplate jdbc;

    FileErasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True if this call recorded it (a retry finds it recorded already). */
    boolean record(UUID fileId, Instant at, String reason) {
        return jdbc.update("insert into footage_file_erasure (footage_file_id, erased_at, reason) select cast(? as uuid), "
                + "cast(? as timestamp with time zone), cast(? as varchar(200)) "
                + "where not exists (select 1 from footage_file_erasure where footage_file_id = ?)",
                fileId, Timestamp.from(at), reason, fileId) == 1;
    }
}
