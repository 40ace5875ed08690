package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.candour.shared.crypto.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link for a requester who lost their tracking secret: valid for {@link #VALID_FOR} after it was asked
 * for, and once. Only the SHA-256 of its token (256 random bits) is stored, so the
 * database alone cannot open it.
 */
@Entity
@Table(name = "secret_reset")
public class SecretReset {

    public static final Duration VALID_FOR = Duration.ofMinutes(60);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected SecretReset() {
        this.id = this.requestId = UUID.randomUUID();
        this.tokenHash = "";
        this.createdAt = this.expiresAt = Instant.EPOCH;
    }

    private SecretReset(UUID requestId, String tokenHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(VALID_FOR);
    }

    /** A new link for {@code requestId} asked for at {@code at}, with the hash of {@code token}. */
    public static SecretReset of(UUID requestId, String token, Instant at) {
        return new SecretReset(requestId, hash(token), at);
    }

    /** A new token: 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 in hex of the token exactly as sent (a fast hash suffices for 256 random bits). */
    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** Unused, and {@code now} before the end of its 60 minutes. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the link up; refused if it is no longer usable. */
    public void use(Instant at) {
        if (!usableAt(at)) {
            throw new IllegalStateException("This link has expired or has already been used");
        }
        usedAt = at;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
