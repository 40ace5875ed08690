package org.candour.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final SecretKey K1 = EncryptionKeys.resolve(KEY, null);
    private static final SecretKey K2 = EncryptionKeys.resolve("HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=", null);
    private static final UUID ROW = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final FieldPlace NAME = FieldPlace.of("footage_request", "requester_name", ROW);

    private final FieldCipher cipher = new FieldCipher(new KeyRing(Map.of("k1", K1)));

    @Test
    void roundTripsAndNeverStoresThePlainText() {
        byte[] stored = cipher.seal("Jane Doe, 1 Acacia Avenue", NAME);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Jane");
        assertThat(cipher.openText(stored, NAME)).isEqualTo("Jane Doe, 1 Acacia Avenue");
        assertThat(FieldCipher.keyIdOrLegacy(stored)).isEqualTo("k1");
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        assertThat(cipher.seal("same", NAME)).isNotEqualTo(cipher.seal("same", NAME));
    }

    @Test
    void aValueMovedToAnotherRowColumnOrTableDoesNotOpen() {
        byte[] stored = cipher.seal("Jane", NAME);
        var otherRow = FieldPlace.of("footage_request", "requester_name", UUID.randomUUID());
        var otherColumn = FieldPlace.of("footage_request", "requester_email", ROW);
        var otherTable = FieldPlace.of("requester_reply", "requester_name", ROW);
        for (var place : new FieldPlace[] {otherRow, otherColumn, otherTable}) {
            assertThatIllegalStateException().isThrownBy(() -> cipher.open(stored, place))
                    .withMessageContaining("does not belong in");
        }
    }

    @Test
    void aTamperedValueIsDetected() {
        byte[] stored = cipher.seal("Jane", NAME);
        stored[stored.length - 1] ^= 1;
        assertThatIllegalStateException().isThrownBy(() -> cipher.open(stored, NAME)).withMessageContaining("tampered");
    }

    @Test
    void theKeyIdSelectsTheKeyAndTheHighestNumberedKeyWrites() {
        byte[] underK1 = cipher.seal("Jane", NAME);
        var ring = new FieldCipher(new KeyRing(Map.of("k2", K2, "k1", K1)));

        byte[] underK2 = ring.seal("Jane", NAME);

        assertThat(FieldCipher.keyIdOrLegacy(underK2)).isEqualTo("k2");
        assertThat(ring.openText(underK1, NAME)).isEqualTo("Jane");
        assertThat(ring.openText(underK2, NAME)).isEqualTo("Jane");
        assertThat(ring.isCurrent(underK2)).isTrue();
        assertThat(ring.isCurrent(underK1)).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> cipher.open(underK2, NAME))
                .withMessageContaining("key k2, which is not in the key ring");
    }

    @Test
    void relabellingAValueWithAnotherKeyIdFails() {
        var ring = new FieldCipher(new KeyRing(Map.of("k2", K1, "k1", K1)));
        byte[] stored = ring.seal("Jane", NAME);
        stored[3] = '1'; // "k2" -> "k1": the same key, but the header is authenticated
        assertThatIllegalStateException().isThrownBy(() -> ring.open(stored, NAME));
    }

    @Test
    void aValueWrittenBeforeKeyIdsStillOpensWithWhicheverKeyOfTheRingSealedIt() throws Exception {
        byte[] legacy = legacySeal(K1, "Jane");
        var ring = new FieldCipher(new KeyRing(Map.of("k2", K2, "k1", K1)));

        assertThat(ring.openText(legacy, NAME)).isEqualTo("Jane");
        assertThat(FieldCipher.keyIdOrLegacy(legacy)).isNull();
        assertThat(ring.isCurrent(legacy)).isFalse();
        assertThatIllegalStateException()
                .isThrownBy(() -> new FieldCipher(new KeyRing(Map.of("k2", K2))).open(legacy, NAME))
                .withMessageContaining("no key of the ring");
    }

    @Test
    void aKeyFileRingGrowsByOwnerOnlyFilesAndARetiredKeyIsNotRegenerated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/candour.key");
        KeyRing ring = EncryptionKeys.ring(null, null, file.toString());
        byte[] underK1 = new FieldCipher(ring).seal("Jane", NAME);

        assertThat(ring.addKey()).isEqualTo("k2");

        Path k2 = dir.resolve("data/candour.key.k2");
        assertThat(Files.getPosixFilePermissions(k2).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        var again = EncryptionKeys.ring(null, null, file.toString());
        assertThat(again.ids()).containsExactly("k1", "k2");
        assertThat(again.currentId()).isEqualTo("k2");
        assertThat(new FieldCipher(again).openText(underK1, NAME)).isEqualTo("Jane");
        Files.delete(file);
        assertThat(EncryptionKeys.ring(null, null, file.toString()).ids()).containsExactly("k2");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void keysFromTheEnvironmentAreListedWithTheirIdsAndCannotGrow() {
        var ring = EncryptionKeys.ring(null, "k2:" + "HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=, k1:" + KEY, null);
        assertThat(ring.ids()).containsExactly("k1", "k2");
        assertThat(ring.canAddKeys()).isFalse();
        assertThatIllegalStateException().isThrownBy(ring::addKey).withMessageContaining("CANDOUR_CRYPTO_KEYS");
        assertThat(EncryptionKeys.ring(KEY, null, null).ids()).containsExactly("k1");
        assertThatIllegalStateException().isThrownBy(() -> EncryptionKeys.ring(null, "two:" + KEY, null))
                .withMessageContaining("k1, k2");
    }

    @Test
    void refusesAMissingOrMalformedKeyWithAClearMessage() {
        assertThatIllegalStateException().isThrownBy(() -> EncryptionKeys.ring(null, null, null))
                .withMessageContaining("CANDOUR_CRYPTO_KEY");
        assertThatIllegalStateException().isThrownBy(() -> EncryptionKeys.resolve("c2hvcnQ=", null))
                .withMessageContaining("32 bytes");
        assertThatIllegalStateException().isThrownBy(() -> EncryptionKeys.resolve("not base64!", null))
                .withMessageContaining("base64");
    }

    /** The format before key ids: version 1, nonce, ciphertext and tag, no associated data. */
    static byte[] legacySeal(SecretKey key, String plain) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(13 + sealed.length).put((byte) 1).put(nonce).put(sealed).array();
    }
}
