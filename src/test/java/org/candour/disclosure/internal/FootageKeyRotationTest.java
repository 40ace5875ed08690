package org.candour.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.candour.shared.crypto.ChunkCipher;
import org.candour.shared.crypto.ChunkHeader;
import org.candour.shared.crypto.DerivedKeys;
import org.candour.shared.crypto.EncryptingOutputStream;
import org.candour.shared.crypto.KeyRing;
import org.candour.shared.crypto.TamperedFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Footage files and the key ring: the header names the key, older files still open, a rotation swaps a file. */
class FootageKeyRotationTest {

    private static final int CHUNK = 1000;
    private static final SecretKey K1 = new SecretKeySpec(new byte[32], "AES");
    private static final SecretKey K2 = new SecretKeySpec(HexFormat.of().parseHex("01".repeat(32)), "AES");

    private final byte[] plain = new byte[4321];
    private Path dir;

    @BeforeEach
    void setUp() throws IOException {
        new Random(18).nextBytes(plain);
        dir = Files.createDirectories(Path.of("target", "test-footage", UUID.randomUUID().toString()));
    }

    @Test
    void aRotationRewritesAFileUnderTheNewKeyWithTheSamePlaintextAndTheOldKeyCanGo() throws Exception {
        var before = storage(Map.of("k1", K1));
        var id = UUID.randomUUID();
        var staged = before.stage(id, new ByteArrayInputStream(plain), Long.MAX_VALUE, "no limit");
        before.keep(staged);
        var after = storage(Map.of("k1", K1, "k2", K2));
        assertThat(after.underCurrentKey(id)).isFalse();

        assertThat(after.reencrypt(id, plain.length, staged.sha256())).isTrue();

        assertThat(after.underCurrentKey(id)).isTrue();
        assertThat(after.reencrypt(id, plain.length, staged.sha256())).as("a second run leaves it").isFalse();
        assertThat(readAll(storage(Map.of("k2", K2)), id)).isEqualTo(plain);
        assertThatThrownBy(() -> readAll(before, id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key k2, which is not in the key ring");
        try (var left = Files.list(dir.resolve("incoming"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileWhosePlaintextNoLongerHasItsRecordedShaIsNotRotated() throws Exception {
        var before = storage(Map.of("k1", K1));
        var id = UUID.randomUUID();
        before.keep(before.stage(id, new ByteArrayInputStream(plain), Long.MAX_VALUE, "no limit"));
        var after = storage(Map.of("k1", K1, "k2", K2));

        assertThatThrownBy(() -> after.reencrypt(id, plain.length, "00".repeat(32)))
                .isInstanceOf(TamperedFileException.class).hasMessageContaining("SHA-256");
        assertThat(after.underCurrentKey(id)).isFalse();
        assertThat(readAll(after, id)).isEqualTo(plain);
    }

    @Test
    void aFileWrittenBeforeHeadersNamedTheirKeyOpensWithWhicheverKeySealedItAndRotates() throws Exception {
        var id = UUID.randomUUID();
        var keys = new DerivedKeys(new KeyRing(Map.of("k1", K1, "k2", K2)));
        SecretKey footageK1 = keys.byId("k1", FootageKeys.LABEL).orElseThrow();
        var header = ChunkHeader.fresh(CHUNK, 0, new SecureRandom());
        var storage = storage(Map.of("k1", K1, "k2", K2));
        Files.createDirectories(storage.path(id).getParent());
        try (var out = new EncryptingOutputStream(new BufferedOutputStream(Files.newOutputStream(storage.path(id))),
                header, new ChunkCipher(footageK1, header, id))) {
            out.write(plain);
        }
        assertThat(Files.readAllBytes(storage.path(id))).startsWith(0x43, 0x44, 0x46, 0x31); // "CDF1"

        assertThat(readAll(storage, id)).isEqualTo(plain);
        assertThat(storage.reencrypt(id, plain.length, sha256(plain))).isTrue();
        assertThat(readAll(storage(Map.of("k2", K2)), id)).isEqualTo(plain);
    }

    private FootageStorage storage(Map<String, SecretKey> keys) {
        return FootageStorage.of(dir, new DerivedKeys(new KeyRing(keys)), CHUNK);
    }

    private static byte[] readAll(FootageStorage storage, UUID id) throws IOException {
        try (var in = storage.read(id, 4321, 0, 4321)) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
