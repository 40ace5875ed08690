package org.candour.requests.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.candour.requests.WorkChallenge;
import org.candour.requests.WorkSolution;
import org.candour.requests.domain.WorkProof;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proof-of-work challenges for public clients near a limit, kept in the database (table {@code work_challenge}) so
 * that a challenge given by one node is accepted by another, and once only. A solution is accepted when its
 * challenge was given to the same client, has not expired, has not been used, and its nonce does the work. Each
 * change is written in a transaction of its own, so that a read-only caller (tracking) can give and use challenges.
 */
@Component
public class WorkChallenges {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int difficulty;
    private final Duration lifetime;

    WorkChallenges(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                   @Value("${candour.requests.work-challenge.difficulty:14}") int difficulty,
                   @Value("${candour.requests.work-challenge.lifetime:PT10M}") Duration lifetime) {
        if (difficulty < 1 || difficulty > 32) {
            throw new IllegalArgumentException("candour.requests.work-challenge.difficulty must be 1 to 32 bits");
        }
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.difficulty = difficulty;
        this.lifetime = lifetime;
    }

    public WorkChallenge issue(String clientHash) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String challenge = HexFormat.of().formatHex(random);
        ownTransaction.executeWithoutResult(status -> jdbc.update("insert into work_challenge "
                        + "(challenge, client_hash, difficulty, expires_at) values (?, ?, ?, ?)",
                challenge, clientHash, difficulty, utc(clock.instant().plus(lifetime))));
        return new WorkChallenge(challenge, difficulty);
    }

    /** Whether {@code solution} answers a challenge given to this client; if so, the challenge is used up. */
    public boolean accept(@Nullable WorkSolution solution, String clientHash) {
        if (solution == null) {
            return false;
        }
        Instant now = clock.instant();
        List<Integer> difficulties = jdbc.query("select difficulty from work_challenge where challenge = ? "
                        + "and client_hash = ? and used_at is null and expires_at > ?",
                (row, n) -> row.getInt(1), solution.challenge(), clientHash, utc(now));
        if (difficulties.isEmpty() || !WorkProof.solves(solution.challenge(), solution.nonce(), difficulties.getFirst())) {
            return false;
        }
        // Two nodes given the same solution at once: only one update finds it unused.
        Integer used = ownTransaction.execute(status -> jdbc.update(
                "update work_challenge set used_at = ? where challenge = ? and used_at is null",
                utc(now), solution.challenge()));
        return used != null && used == 1;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    public void forgetOldChallenges() {
        jdbc.update("delete from work_challenge where expires_at < ?", utc(clock.instant().minus(Duration.ofDays(1))));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
