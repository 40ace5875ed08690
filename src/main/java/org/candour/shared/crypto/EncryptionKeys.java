package org.candour.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Where the data key comes from: {@code candour.crypto.key} (base64 of 32 bytes, from the environment in
 * production), or for local runs a key file that is generated on first start if it does not exist.
 */
final class EncryptionKeys {

    private static final int KEY_BYTES = 32;

    private EncryptionKeys() {
    }

    static SecretKey resolve(@Nullable String configuredKey, @Nullable String keyFile) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return fromBase64(configuredKey.trim(), "candour.crypto.key");
        }
        if (keyFile != null && !keyFile.isBlank()) {
            return fromFile(Path.of(keyFile));
        }
        throw new IllegalStateException(
                "No encryption key: set candour.crypto.key (CANDOUR_CRYPTO_KEY) or candour.crypto.key-file");
    }

    private static SecretKey fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                generate(file);
            }
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    /**
     * Writes a new key to a temporary file created owner-only (never readable by others, not even for a moment),
     * then links it into place, which fails rather than replaces if the key file exists: if another process made
     * the key first, its key is kept and used (a rename would silently replace it).
     */
    private static void generate(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = ownerOnlyFile(directory);
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException madeByAnother) {
            // Another process generated the key between our check and our move: keep the key that is in place.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path ownerOnlyFile(Path directory) throws IOException {
        try {
            return Files.createTempFile(directory, ".candour-key-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file system's own permissions apply.
            return Files.createTempFile(directory, ".candour-key-", ".tmp");
        }
    }

    private static SecretKey fromBase64(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The encryption key from " + source + " is not valid base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("The encryption key from " + source + " must be 32 bytes (AES-256)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
