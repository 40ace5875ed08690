package org.candour.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionKeysTest {

    @TempDir
    Path dir;

    @Test
    void aGeneratedKeyFileIsReadableByItsOwnerOnlyAndNoTemporaryFileIsLeft() throws Exception {
        Path file = dir.resolve("keys/candour.key");

        EncryptionKeys.resolve(null, file.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void manyStartsAtOnceAllUseTheOneKeyThatEndsUpInTheFile() throws Exception {
        Path file = dir.resolve("candour.key");
        List<Callable<SecretKey>> starts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            starts.add(() -> EncryptionKeys.resolve(null, file.toString()));
        }
        List<SecretKey> keys = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<SecretKey> key : pool.invokeAll(starts)) {
                keys.add(key.get());
            }
        }

        SecretKey inTheFile = EncryptionKeys.resolve(null, file.toString());
        assertThat(keys).allSatisfy(key -> assertThat(key.getEncoded()).isEqualTo(inTheFile.getEncoded()));
    }
}
