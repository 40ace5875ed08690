package org.candour.requests;

/** The nonce a browser found for a {@link WorkChallenge}. */
public record WorkSolution(String challenge, String nonce) {
}
