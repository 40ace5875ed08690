package org.candour.requests.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.candour.shared.crypto.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts attempts per key in sliding windows, in the database (table {@code attempt}), so that every portal node
 * counts the same ones and a restart forgets nothing. Each count is written in a transaction of its own: a caller
 * that rolls back, or reads in a read-only transaction, still has its attempt counted.
 */
@Component
public class AttemptLedger {

    /** The column's width (V43). */
    static final int LONGEST_KEY = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AttemptLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A limit of {@code max} attempts per key in {@code window}, for the keys of one {@code scope}. */
    public Limit limit(String scope, int max, Duration window) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one attempt and a positive window");
        }
        return new Limit(scope, max, window);
    }

    /** Attempts older than a day count for nothing: deleted every quarter of an hour. */
    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    public void forgetOldAttempts() {
        jdbc.update("delete from attempt where attempted_at < ?", utc(clock.instant().minus(Duration.ofDays(1))));
    }

    /**
     * The key as stored: a key longer than the column allows (a reference typed at any length) is stored as its
     * SHA-256, so an oversized input is counted like any other rather than failing the insert.
     */
    static String stored(String key) {
        if (key.length() <= LONGEST_KEY) {
            return key;
        }
        return "sha256:" + Sha256.hex(key);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** One limit: when a key has used up its attempts, it waits until the oldest of them leaves the window. */
    public final class Limit {

        private final String scope;
        private final int max;
        private final Duration window;

        private Limit(String scope, int max, Duration window) {
            this.scope = scope;
            this.max = max;
            this.window = window;
        }

        public Optional<Instant> blockedUntil(String key) {
            var latest = jdbc.query("select attempted_at from attempt where scope = ? and attempt_key = ? "
                            + "and attempted_at > ? order by attempted_at desc fetch first ? rows only",
                    (row, n) -> row.getObject(1, OffsetDateTime.class).toInstant(), scope, stored(key),
                    utc(clock.instant().minus(window)), max);
            return latest.size() >= max ? Optional.of(latest.get(max - 1).plus(window)) : Optional.empty();
        }

        /** How many attempts of this key are in the window now. */
        public int counted(String key) {
            Integer counted = jdbc.queryForObject("select count(*) from attempt where scope = ? and attempt_key = ? "
                    + "and attempted_at > ?", Integer.class, scope, stored(key), utc(clock.instant().minus(window)));
            return counted == null ? 0 : counted;
        }

        public void record(String key) {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into attempt (scope, attempt_key, attempted_at) values (?, ?, ?)", scope, stored(key),
                    utc(clock.instant())));
        }
    }
}
