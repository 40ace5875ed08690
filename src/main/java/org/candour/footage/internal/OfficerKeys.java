package org.candour.footage.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a collar number into the catalogue's {@code officer_key} the way the force's export makes it, so that a
 * caseworker can find an officer's recordings without the catalogue ever holding collar numbers: the lower-case hex
 * HMAC-SHA-256, under the key shared with the evidence system ({@code candour.footage.officer-key.secret}, as UTF-8
 * bytes), of the collar number normalised by {@link #normalise(String)}. Without a key, collar search is off.
 */
public final class OfficerKeys {

    /** Up to two letters, one to six digits, up to two letters: 1234AB, U5678, AB123. */
    private static final Pattern COLLAR_NUMBER = Pattern.compile("[A-Z]{0,2}[0-9]{1,6}[A-Z]{0,2}");
    public static final int MIN_SECRET_LENGTH = 32;

    private final @Nullable OfficerPseudonyms pseudonyms;

    public OfficerKeys(@Nullable String secret) {
        if (secret == null || secret.isBlank()) {
            this.pseudonyms = null;
            return;
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("candour.footage.officer-key.secret must be at least "
                    + MIN_SECRET_LENGTH + " characters");
        }
        this.pseudonyms = new OfficerPseudonyms(secret.getBytes(StandardCharsets.UTF_8));
    }

    public boolean enabled() {
        return pseudonyms != null;
    }

    /** The officer_key of this collar number, or empty if collar search is not set up. */
    public Optional<String> keyOf(String collarNumber) {
        var normalised = normalise(collarNumber);
        return Optional.ofNullable(pseudonyms).map(p -> p.keyOf(normalised));
    }

    /**
     * The form that is hashed: every space removed and letters in capitals ("1234 ab" is "1234AB"); leading zeros
     * are kept. Refused unless it is then a collar number.
     */
    public static String normalise(String collarNumber) {
        String normalised = collarNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!COLLAR_NUMBER.matcher(normalised).matches()) {
            throw new IllegalArgumentException("A collar number is letters and numbers, like 1234AB or U5678.");
        }
        return normalised;
    }
}
