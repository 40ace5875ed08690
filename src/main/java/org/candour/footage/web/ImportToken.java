package org.candour.footage.web;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.candour.shared.crypto.Sha256;

/**
 * The bearer token of the machine import endpoint, kept only as its SHA-256 digest: configured as the digest
 * ({@code candour.footage.import.token-sha256}) or as the token ({@code CANDOUR_FOOTAGE_IMPORT_TOKEN}), which is
 * hashed at start. Presented tokens are hashed and compared in constant time. With neither, every call is refused.
 */
final class ImportToken {

    /** Long enough that hashing without a salt or stretching is sound: the token is random, not a password. */
    static final int MIN_LENGTH = 32;

    private final Optional<byte[]> digest;

    private ImportToken(Optional<byte[]> digest) {
        this.digest = digest;
    }

    static ImportToken configured(String token, String tokenSha256) {
        if (!tokenSha256.isBlank()) {
            return new ImportToken(Optional.of(HexFormat.of().parseHex(tokenSha256.strip().toLowerCase(Locale.ROOT))));
        }
        if (!token.isBlank()) {
            if (token.strip().length() < MIN_LENGTH) {
                throw new IllegalStateException("The footage import token must have at least " + MIN_LENGTH
                        + " characters; make one with: openssl rand -base64 32");
            }
            return new ImportToken(Optional.of(Sha256.of(token.strip())));
        }
        return new ImportToken(Optional.empty());
    }

    boolean isConfigured() {
        return digest.isPresent();
    }

    boolean matches(String presented) {
        return digest.map(expected -> MessageDigest.isEqual(expected, Sha256.of(presented))).orElse(false);
    }
}
