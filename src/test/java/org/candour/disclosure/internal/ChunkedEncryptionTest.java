package org.candour.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.candour.disclosure.FootageRejectedException;
import org.candour.shared.crypto.ChunkCipher;
import org.candour.shared.crypto.ChunkHeader;
import org.candour.shared.crypto.TamperedFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Footage at rest: AES-256-GCM in chunks, read back whole or by range, and every kind of damage refused. */
class ChunkedEncryptionTest {

    private static final int CHUNK = 1000;
    private static final SecretKeySpec KEY = new SecretKeySpec(new byte[32], "AES");

    private final byte[] plain = new byte[4321];
    private Path dir;
    private FootageStorage storage;

    @BeforeEach
    void setUp() throws IOException {
        new Random(16).nextBytes(plain);
        dir = Files.createDirectories(Path.of("target", "test-footage", UUID.randomUUID().toString()));
        storage = new FootageStorage(dir, KEY, CHUNK);
    }

    @Test
    void aFileComesBackWholeWithTheShaOfItsPlaintextAndIsNotPlaintextOnDisk() throws Exception {
        var id = UUID.randomUUID();
        var stored = store(id, plain);

        assertThat(stored.size()).isEqualTo(plain.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(plain)));
        byte[] onDisk = Files.readAllBytes(storage.path(id));
        assertThat(onDisk).hasSize(ChunkHeader.LENGTH + plain.length + 5 * ChunkCipher.TAG_BYTES);
        assertThat(indexOf(onDisk, Arrays.copyOfRange(plain, 0, 32))).isNegative();
        assertThat(read(id, plain.length, 0, plain.length)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "bytes {0} to {1}")
    @CsvSource({"0, 1", "0, 1000", "999, 1001", "1000, 2000", "1500, 3500", "3999, 4321", "4320, 4321", "17, 17"})
    void anyRangeIsReadWithoutTheRest(int start, int end) throws Exception {
        var id = UUID.randomUUID();
        store(id, plain);
        assertThat(read(id, plain.length, start, end)).isEqualTo(Arrays.copyOfRange(plain, start, end));
    }

    @Test
    void aFileOfExactlyWholeChunksAndAnEmptyFileRoundTrip() throws Exception {
        for (int size : new int[] {0, 1, CHUNK, 3 * CHUNK}) {
            var id = UUID.randomUUID();
            byte[] content = Arrays.copyOf(plain, size);
            store(id, content);
            assertThat(read(id, size, 0, size)).as("%d bytes", size).isEqualTo(content);
        }
    }

    @Test
    void aChangedByteIsDetected() throws Exception {
        var id = UUID.randomUUID();
        store(id, plain);
        try (var file = new RandomAccessFile(storage.path(id).toFile(), "rw")) {
            file.seek(ChunkHeader.LENGTH + CHUNK + 20); // inside the second chunk
            int b = file.read();
            file.seek(ChunkHeader.LENGTH + CHUNK + 20);
            file.write(b ^ 1);
        }
        assertThat(read(id, plain.length, 0, 500)).isEqualTo(Arrays.copyOf(plain, 500)); // chunk 0 is intact
        assertThatThrownBy(() -> read(id, plain.length, 0, plain.length))
                .isInstanceOf(TamperedFileException.class);
    }

    @Test
    void swappedChunksAreDetected() throws Exception {
        var id = UUID.randomUUID();
        store(id, plain);
        byte[] bytes = Files.readAllBytes(storage.path(id));
        int sealed = CHUNK + ChunkCipher.TAG_BYTES;
        byte[] first = Arrays.copyOfRange(bytes, ChunkHeader.LENGTH, ChunkHeader.LENGTH + sealed);
        System.arraycopy(bytes, ChunkHeader.LENGTH + sealed, bytes, ChunkHeader.LENGTH, sealed);
        System.arraycopy(first, 0, bytes, ChunkHeader.LENGTH + sealed, sealed);
        Files.write(storage.path(id), bytes);
        assertThatThrownBy(() -> read(id, plain.length, 0, 10)).isInstanceOf(TamperedFileException.class);
    }

    @Test
    void aFileCutShortAtAChunkBoundaryIsDetectedEvenWithTheShorterSizeExpected() throws Exception {
        var id = UUID.randomUUID();
        store(id, plain);
        int sealed = CHUNK + ChunkCipher.TAG_BYTES;
        truncate(storage.path(id), ChunkHeader.LENGTH + 2L * sealed);

        assertThatThrownBy(() -> read(id, plain.length, 0, 10)).isInstanceOf(TamperedFileException.class)
                .hasMessageContaining("not the " + plain.length);
        // Even someone who also changed the recorded size cannot pass off the first two chunks as the whole file.
        assertThatThrownBy(() -> read(id, 2 * CHUNK, 0, 2 * CHUNK)).isInstanceOf(TamperedFileException.class);
    }

    @Test
    void aFileCutInsideAChunkIsDetected() throws Exception {
        var id = UUID.randomUUID();
        store(id, plain);
        truncate(storage.path(id), Files.size(storage.path(id)) - 7);
        assertThatThrownBy(() -> read(id, plain.length - 7, 0, plain.length - 7))
                .isInstanceOf(TamperedFileException.class);
    }

    @Test
    void aFileIsRefusedUnderAnotherFilesId() throws Exception {
        var id = UUID.randomUUID();
        var other = UUID.randomUUID();
        store(id, plain);
        Files.createDirectories(storage.path(other).getParent());
        Files.copy(storage.path(id), storage.path(other));
        assertThatThrownBy(() -> read(other, plain.length, 0, 10)).isInstanceOf(TamperedFileException.class);
    }

    @Test
    void anotherKeyCannotReadIt() throws Exception {
        var id = UUID.randomUUID();
        store(id, plain);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        var stranger = new FootageStorage(dir, new SecretKeySpec(otherKey, "AES"), CHUNK);
        assertThatThrownBy(() -> stranger.read(id, plain.length, 0, 10).readAllBytes())
                .isInstanceOf(TamperedFileException.class);
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndNothingIsLeft() throws Exception {
        var id = UUID.randomUUID();
        assertThatThrownBy(() -> storage.stage(id, new ByteArrayInputStream(plain), plain.length - 1, "4 KB"))
                .isInstanceOf(FootageRejectedException.class).hasMessageContaining("larger than 4 KB");
        try (var left = Files.walk(dir)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void theStagedUploadSeeksLikeAFileForFfmpeg() throws Exception {
        var staged = storage.stage(UUID.randomUUID(), new ByteArrayInputStream(plain), plain.length, "1 MB");
        try (InputStream in = storage.readStaged(staged)) {
            in.mark(Integer.MAX_VALUE);
            assertThat(in.skip(2500)).isEqualTo(2500);
            assertThat(in.readNBytes(10)).isEqualTo(Arrays.copyOfRange(plain, 2500, 2510));
            in.reset();
            assertThat(in.skip(5)).isEqualTo(5);
            assertThat(in.readNBytes(3)).isEqualTo(Arrays.copyOfRange(plain, 5, 8));
        }
        storage.discard(staged);
        assertThat(staged.path()).doesNotExist();
    }

    private FootageStorage.Staged store(UUID id, byte[] content) throws IOException {
        var staged = storage.stage(id, new ByteArrayInputStream(content), Long.MAX_VALUE, "no limit");
        storage.keep(staged);
        return staged;
    }

    private byte[] read(UUID id, long expectedSize, long start, long end) throws IOException {
        try (var in = storage.read(id, expectedSize, start, end)) {
            return in.readAllBytes();
        }
    }

    private static void truncate(Path path, long length) throws IOException {
        try (var file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(length);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
