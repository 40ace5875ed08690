package org.candour.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for other purposes derived from the portal's data key with HKDF-SHA-256 (RFC 5869), one per label, so that
 * a key used for one purpose (footage files) never equals the key of another (personal data in the database).
 */
public final class KeyDerivation {

    private static final String HMAC = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final byte[] SALT = "candour key derivation v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] pseudoRandomKey;

    KeyDerivation(SecretKey dataKey) {
        this.pseudoRandomKey = hmac(SALT, dataKey.getEncoded());
    }

    /** A 256-bit AES key for the purpose named by {@code label}; the same label always gives the same key. */
    public SecretKey aesKey(String label) {
        if (label.isBlank()) {
            throw new IllegalArgumentException("A derived key needs a label");
        }
        // HKDF-Expand for one block: T(1) = HMAC(PRK, info | 0x01)
        byte[] info = label.getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[info.length + 1];
        System.arraycopy(info, 0, input, 0, info.length);
        input[info.length] = 1;
        byte[] okm = hmac(pseudoRandomKey, input);
        return new SecretKeySpec(okm, 0, KEY_BYTES, "AES");
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
