package org.candour.requests.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The proof of work a browser does for a challenge: a nonce (decimal digits) such that SHA-256 of the UTF-8 text of
 * the challenge followed by the nonce begins with {@code difficulty} zero bits. Finding one takes about
 * 2^difficulty hashes; checking one takes one.
 */
public final class WorkProof {

    /** Longer nonces are refused unread: 2^64 tries would never be made. */
    private static final int MAX_NONCE_DIGITS = 20;

    private WorkProof() {
    }

    public static boolean solves(String challenge, String nonce, int difficulty) {
        if (nonce.isEmpty() || nonce.length() > MAX_NONCE_DIGITS || !nonce.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return leadingZeroBits(sha256(challenge + nonce)) >= difficulty;
    }

    static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
