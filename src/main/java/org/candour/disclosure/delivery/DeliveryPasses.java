package org.candour.disclosure.delivery;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.candour.shared.crypto.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Passes to fetch a released copy (table delivery_pass): a random 256-bit token, good for one copy, from one
 * tracking session (the HTTP session that matched reference and secret), until it runs out. Only the SHA-256 of
 * the token and of the session id are stored.
 */
@Component
public class DeliveryPasses {

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    DeliveryPasses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Pass(UUID releaseId, String sessionHash, Instant expiresAt) {
    }

    /** A new token for {@code releaseId}, usable from the session {@code sessionId} until {@code expiresAt}. */
    public String issue(UUID releaseId, String sessionId, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into delivery_pass (token_hash, release_id, session_hash, expires_at) values (?, ?, ?, ?)",
                Sha256.hex(token), releaseId, Sha256.hex(sessionId), Timestamp.from(expiresAt));
        return token;
    }

    public Optional<Pass> find(String token) {
        return jdbc.query("select release_id, session_hash, expires_at from delivery_pass where token_hash = ?",
                (rs, row) -> new Pass(rs.getObject(1, UUID.class), rs.getString(2).strip(),
                        rs.getTimestamp(3).toInstant()), Sha256.hex(token)).stream().findFirst();
    }

    int deleteExpired(Instant now) {
        return jdbc.update("delete from delivery_pass where expires_at <= ?", Timestamp.from(now));
    }
}
