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
 * Where the data keys come from: {@code candour.crypto.keys} ({@code k2:<base64>,k1:<base64>}) and
 * {@code candour.crypto.key} (base64 of 32 bytes, key {@code k1}), from the environment in production; or key files:
 * {@code candour.crypto.key-file} holds key {@code k1} (generated on first start if there is no key at all) and
 * {@code <key-file>.k2}, {@code <key-file>.k3}, ... beside it hold the keys later rotations made.
 */
final class EncryptionKeys {

    private static final int KEY_BYTES = 32;

    private EncryptionKeys() {
    }

    /** The key ring from the environment if any key is set there, else from the key files. */
    static KeyRing ring(@Nullable String configuredKey, @Nullable String configuredKeys, @Nullable String keyFile) {
        var keys = new java.util.LinkedHashMap<String, SecretKey>();
        if (configuredKey != null && !configuredKey.isBlank()) {
            keys.put("k1", fromBase64(configuredKey.trim(), "candour.crypto.key"));
        }
        if (configuredKeys != null && !configuredKeys.isBlank()) {
            for (String entry : configuredKeys.split(",")) {
                String[] idAndKey = entry.strip().split(":", 2);
                if (idAndKey.length != 2 || keys.containsKey(idAndKey[0].strip())) {
                    throw new IllegalStateException("candour.crypto.keys is a comma-separated list of id:base64 with "
                            + "distinct ids (k1, k2, ...)");
                }
                String id = KeyRing.checkId(idAndKey[0].strip());
                keys.put(id, fromBase64(idAndKey[1].strip(), "candour.crypto.keys (" + id + ")"));
            }
        }
        if (!keys.isEmpty()) {
            return new KeyRing(keys);
        }
        if (keyFile != null && !keyFile.isBlank()) {
            return KeyFiles.ring(Path.of(keyFile));
        }
        throw new IllegalStateException("No encryption key: set candour.crypto.key (CANDOUR_CRYPTO_KEY), "
                + "candour.crypto.keys (CANDOUR_CRYPTO_KEYS) or candour.crypto.key-file");
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

    static SecretKey fromFile(Path file) {
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
    static void generate(Path file) throws IOException {
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

    static SecretKey fromBase64(String base64, String source) {
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
