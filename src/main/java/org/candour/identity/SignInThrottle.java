package org.candour.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.candour.identity.domain.SignInThrottlePolicy;
import org.candour.identity.internal.AccountLocks;
import org.candour.identity.domain.SignInThrottlePolicy.ClientRecord;
import org.candour.shared.web.ClientHashes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down repeated wrong passwords per client address instead of locking the account typed in
 * ({@link SignInThrottlePolicy}). Failures are kept in the database (table {@code sign_in_failure}), so every portal
 * node counts the same ones; only an HMAC of the address is stored ({@link ClientHashes}). Both staff sign-in routes
 * ask it: the sign-in form and HTTP Basic on the APIs.
 */
@Service
public class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final SignInThrottlePolicy policy;
    private final AccountLocks locks;
    private final Clock clock;
    private final ClientHashes clients;
    private final Counter throttled;

    SignInThrottle(JdbcTemplate jdbc, SignInThrottlePolicy policy, AccountLocks locks, Clock clock,
                   ClientHashes clients, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.policy = policy;
        this.locks = locks;
        this.clock = clock;
        this.throttled = Counter.builder("candour.identity.sign-in.throttled")
                .description("Sign-in attempts refused because the client failed too often").register(registry);
    }

    /** When the client at this address may try to sign in again, if it must wait now. */
    @Transactional(readOnly = true)
    public Optional<Instant> waitUntil(String clientAddress) {
        Instant now = clock.instant();
        OffsetDateTime since = utc(now.minus(policy.window()));
        String client = clients.of(clientAddress);
        var record = jdbc.queryForObject("select count(*), max(failed_at), (select count(*) from sign_in_failure "
                        + "where failed_at > ?) from sign_in_failure where client_key = ? and failed_at > ?",
                (row, n) -> {
                    OffsetDateTime last = row.getObject(2, OffsetDateTime.class);
                    return new ClientRecord(row.getInt(1), last == null ? now : last.toInstant(), row.getInt(3));
                }, since, client, since);
        var wait = policy.waitUntil(record, now);
        wait.ifPresent(until -> throttled.increment());
        return wait;
    }

    /**
     * Counts a wrong password from the client at this address, for the account the username belongs to if any; an
     * account that fails from many addresses at once is locked ({@link AccountLocks}).
     */
    public void recordFailure(String clientAddress, @Nullable UUID accountId) {
        Instant now = clock.instant();
        jdbc.update("insert into sign_in_failure (client_key, account_id, failed_at) values (?, ?, ?)",
                clients.of(clientAddress), accountId, utc(now));
        if (accountId == null) {
            return;
        }
        Integer clients = jdbc.queryForObject("select count(distinct client_key) from sign_in_failure "
                + "where account_id = ? and failed_at > ?", Integer.class, accountId,
                utc(now.minus(policy.window())));
        if (clients != null && policy.locksAccount(clients)) {
            locks.lockUnderAttack(accountId, clients, now.plus(policy.accountLockDuration()));
        }
    }

    /** Failures older than a day count for nothing: deleted every quarter of an hour. */
    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    @Transactional
    public void forgetOldFailures() {
        jdbc.update("delete from sign_in_failure where failed_at < ?",
                utc(clock.instant().minus(Duration.ofDays(1))));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
