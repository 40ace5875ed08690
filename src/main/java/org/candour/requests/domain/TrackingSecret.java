package org.candour.requests.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import org.candour.shared.crypto.Sha256;

/**
 * The secret a requester gets with their reference. It is shown once and stored only as a SHA-256 hash. It is
 * random (16 characters from a 31-letter alphabet without look-alikes, about 79 bits), so a fast hash is enough;
 * comparisons are constant-time.
 */
public final class TrackingSecret {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ2345679";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingSecret() {
    }

    /** A new secret, grouped in fours for reading aloud: {@code KQ7M-XW3R-...}. */
    public static String generate() {
        var secret = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                secret.append('-');
            }
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    public static String hash(String secret) {
        return Sha256.hex(canonical(secret));
    }

    public static boolean matches(String storedHash, String candidate) {
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(candidate).getBytes(StandardCharsets.US_ASCII));
    }

    /** Dashes, spaces and case do not matter when a person types the secret back. */
    private static String canonical(String secret) {
        return secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
