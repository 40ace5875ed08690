package org.candour.footage.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous officer keys as the evidence system would send them: the hex HMAC-SHA-256 of an officer's number
 * under the key shared with the evidence system ({@link OfficerKeys}). The demo uses synthetic numbers and a key
 * derived from its seed.
 */
final class OfficerPseudonyms {

    private final Mac mac;

    OfficerPseudonyms(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    String keyOf(String officerNumber) {
        return HexFormat.of().formatHex(mac.doFinal(officerNumber.getBytes(StandardCharsets.UTF_8)));
    }
}
