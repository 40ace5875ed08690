package org.candour.requests;

/**
 * A proof-of-work challenge for the browser: find a nonce (decimal digits) such that SHA-256 of the challenge
 * followed by the nonce, as UTF-8 text, begins with {@code difficulty} zero bits.
 */
public record WorkChallenge(String challenge, int difficulty) {
}
