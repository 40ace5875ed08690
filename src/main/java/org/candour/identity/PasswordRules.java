package org.candour.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for a new or reset password, with messages written for the person choosing it. Length matters most
 * (NCSC and NIST advice), so there are no rules about kinds of characters; bcrypt reads at most 72 bytes.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    /** Well-known passwords of 12 or more characters: the first guesses of anyone trying to get in. */
    private static final Set<String> COMMON = Set.of(
            "123456789012", "1234567890123", "12345678901234", "111111111111", "000000000000",
            "password1234", "password12345", "password123!", "passwordpassword", "p@ssw0rd1234",
            "qwertyuiop12", "qwertyuiopas", "qwerty123456", "1q2w3e4r5t6y", "abcdefghijkl", "abc123456789",
            "iloveyou1234", "letmein12345", "welcome12345", "welcome123456", "changeme1234", "administrator",
            "administrator1", "trustno1trustno1", "football1234", "starwars1234", "monkey123456",
            "sunshine1234", "superman1234", "metpolice123", "metpolice2026", "police123456", "candour12345",
            "candourcandour", "bodyworn1234", "bodywornvideo");

    private PasswordRules() {
    }

    public static Optional<String> check(String username, String password) {
        if (password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("The password must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("The password must be " + MAX_BYTES + " characters or fewer (accented letters and "
                    + "symbols can count as more than one)");
        }
        if (password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("The password must not be the same as the username");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("This password is too common: choose one that is harder to guess");
        }
        return Optional.empty();
    }
}
