package org.candour.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private final FieldCipher cipher = new FieldCipher(EncryptionKeys.resolve(KEY, null));

    @Test
    void roundTripsAndNeverStoresThePlainText() {
        byte[] plain = "Jane Doe, 1 Acacia Avenue".getBytes(StandardCharsets.UTF_8);
        byte[] stored = cipher.encrypt(plain);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Jane");
        assertThat(cipher.decrypt(stored)).isEqualTo(plain);
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        byte[] plain = "same".getBytes(StandardCharsets.UTF_8);
        assertThat(cipher.encrypt(plain)).isNotEqualTo(cipher.encrypt(plain));
    }

    @Test
    void aTamperedValueIsDetected() {
        byte[] stored = cipher.encrypt("Jane".getBytes(StandardCharsets.UTF_8));
        stored[stored.length - 1] ^= 1;
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(stored)).withMessageContaining("tampered");
    }

    @Test
    void anotherKeyCannotRead(@TempDir Path dir) {
        var other = new FieldCipher(EncryptionKeys.resolve(null, dir.resolve("other.key").toString()));
        byte[] stored = cipher.encrypt("Jane".getBytes(StandardCharsets.UTF_8));
        assertThatIllegalStateException().isThrownBy(() -> other.decrypt(stored));
    }

    @Test
    void aKeyFileIsGeneratedOnceAndReused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/candour.key");
        var first = new FieldCipher(EncryptionKeys.resolve("", file.toString()));
        String key = Files.readString(file);
        var second = new FieldCipher(EncryptionKeys.resolve("", file.toString()));
        assertThat(Files.readString(file)).isEqualTo(key);
        assertThat(second.decrypt(first.encrypt(new byte[] {1, 2, 3}))).containsExactly(1, 2, 3);
        assertThat(Files.getPosixFilePermissions(file).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
    }

    @Test
    void refusesAMissingOrMalformedKeyWithAClearMessage() {
        assertThatIllegalStateException().isThrownBy(() -> EncryptionKeys.resolve(null, null))
                .withMessageContaining("CANDOUR_CRYPTO_KEY");
        assertThatIllegalStateException().isThrownBy(() -> EncryptionKeys.resolve("c2hvcnQ=", null))
                .withMessageContaining("32 bytes");
        assertThatIllegalStateException().isThrownBy(() -> EncryptionKeys.resolve("not base64!", null))
                .withMessageContaining("base64");
    }
}
