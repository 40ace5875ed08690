package org.candour.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.jspecify.annotations.Nullable;

/**
 * AES-256-GCM for personal data at rest. The stored form is
 * {@code version(1)=2 | key id length(1) | key id | nonce(12) | ciphertext+tag}: the key id names the key of the
 * {@link KeyRing} that sealed it, and the associated data is that header plus the value's {@link FieldPlace}
 * (table, column, row), so a value moved to another row or column, or relabelled with another key id, fails.
 * Values written before key ids ({@code version 1 | nonce | ciphertext+tag}, no associated data) still open, with
 * whichever key of the ring sealed them, until a rotation re-encrypts them.
 */
public final class FieldCipher {

    private static final byte LEGACY = 1;
    private static final byte BOUND = 2;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(KeyRing keys) {
        this.keys = keys;
    }

    public byte[] seal(byte[] plain, FieldPlace place) {
        String keyId = keys.currentId();
        byte[] header = header(keyId);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(place.associatedData());
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(header.length + NONCE_BYTES + sealed.length).put(header).put(nonce).put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public byte[] seal(String plain, FieldPlace place) {
        return seal(plain.getBytes(StandardCharsets.UTF_8), place);
    }

    public byte[] open(byte[] stored, FieldPlace place) {
        if (stored.length > 0 && stored[0] == LEGACY) {
            return openLegacy(stored);
        }
        String keyId = keyIdOf(stored);
        SecretKey key = keys.key(keyId).orElseThrow(() -> new IllegalStateException("The value in " + place.table()
                + "." + place.column() + " is encrypted under key " + keyId + ", which is not in the key ring"));
        int headerLength = 2 + keyId.length();
        if (stored.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("Stored value is not in a known encrypted format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, headerLength, NONCE_BYTES));
            cipher.updateAAD(stored, 0, headerLength);
            cipher.updateAAD(place.associatedData());
            int body = headerLength + NONCE_BYTES;
            return cipher.doFinal(stored, body, stored.length - body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed: the value does not belong in " + place.table() + "."
                    + place.column() + " of this row, or it was tampered with", e);
        }
    }

    public String openText(byte[] stored, FieldPlace place) {
        return new String(open(stored, place), StandardCharsets.UTF_8);
    }

    /** The id of the key that sealed {@code stored}, or null for a value written before key ids. */
    public static @Nullable String keyIdOrLegacy(byte[] stored) {
        return stored.length > 0 && stored[0] == LEGACY ? null : keyIdOf(stored);
    }

    /** Whether {@code stored} is sealed, bound to its place, under the ring's current key: nothing to rotate. */
    public boolean isCurrent(byte[] stored) {
        return keys.currentId().equals(keyIdOrLegacy(stored));
    }

    private static String keyIdOf(byte[] stored) {
        if (stored.length < 3 || stored[0] != BOUND || stored.length < 2 + stored[1]) {
            throw new IllegalStateException("Stored value is not in a known encrypted format");
        }
        return new String(stored, 2, stored[1], StandardCharsets.US_ASCII);
    }

    private static byte[] header(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length).put(BOUND).put((byte) id.length).put(id).array();
    }

    private byte[] openLegacy(byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES) {
            throw new IllegalStateException("Stored value is not in a known encrypted format");
        }
        for (SecretKey key : keys.all()) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
                return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            } catch (AEADBadTagException notThisKey) {
                // written under another key of the ring: try the next
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Decryption failed", e);
            }
        }
        throw new IllegalStateException("Decryption failed: wrong key or tampered value (no key of the ring opens it)");
    }
}
