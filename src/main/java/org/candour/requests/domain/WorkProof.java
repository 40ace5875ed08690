package org.candour.requests.domain;

import org.candour.shared.crypto.Sha256;

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
        return leadingZeroBits(Sha256.of(challenge + nonce)) >= difficulty;
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
}
