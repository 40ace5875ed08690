package org.candour.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotency keys of the messages sent (table {@code sent_message}). A key is claimed in the transaction that
 * sends its message, before sending: if the send fails the claim rolls back with it and the retry sends; if it
 * succeeds the claim commits, and a resubmitted event finds it and sends nothing. Two nodes claiming one key at once
 * collide on the primary key: the second waits for the first's commit and fails, so it never sends.
 */
@Component
class SentMessages {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SentMessages(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims {@code key} for sending now; false if its message was already sent. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean claim(String key, String kind) {
        if (wasSent(key)) {
            return false;
        }
        jdbc.update("insert into sent_message (message_key, kind, sent_at) values (?, ?, ?)", key, kind,
                Timestamp.from(clock.instant()));
        return true;
    }

    boolean wasSent(String key) {
        Integer count = jdbc.queryForObject("select count(*) from sent_message where message_key = ?", Integer.class,
                key);
        return count != null && count > 0;
    }
}
