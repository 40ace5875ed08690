package org.candour.identity.domain;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: 6 digits, a new one every 30 seconds,
 * HMAC-SHA-1 (the library's generator; no crypto of ours). A code of the step before or after is accepted too, for
 * a phone's clock that is a little out; a step at or before the last one accepted is refused, so a code seen over a
 * shoulder cannot be used again (ASVS 2.8.4).
 */
public final class TotpCodes {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    static final int DRIFT_STEPS = 1;
    private static final CodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private TotpCodes() {
    }

    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The step whose code was typed (spaces allowed), if it is current and unused. */
    public static OptionalLong matchingStep(String secret, String typed, Instant now, @Nullable Long lastUsedStep) {
        String code = typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if ((lastUsedStep == null || step > lastUsedStep) && sameCode(codeAt(secret, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    public static String codeAt(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Could not make a one-time code", e);
        }
    }

    private static boolean sameCode(String expected, String typed) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                typed.getBytes(StandardCharsets.US_ASCII));
    }
}
