package org.candour.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.candour.shared.crypto.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * A one-time recovery code for signing in without the authenticator app, kept only as its SHA-256 (a code carries
 * about 80 random bits, so no slow hash is needed to resist guessing from a stolen table).
 */
@Embeddable
public class RecoveryCode {

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected RecoveryCode() {
        this.codeHash = "";
    }

    RecoveryCode(String code) {
        this.codeHash = hash(code);
    }

    boolean matches(String typed) {
        return usedAt == null && MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                hash(typed).getBytes(StandardCharsets.US_ASCII));
    }

    void use(Instant at) {
        usedAt = at;
    }

    boolean isUnused() {
        return usedAt == null;
    }

    /** Case, spaces and dashes do not matter when a code is typed. */
    static String hash(String code) {
        String normal = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return Sha256.hex(normal);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecoveryCode code && code.codeHash.equals(codeHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(codeHash);
    }
}
