package org.candour.shared.uploads;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.candour.shared.crypto.ChunkCipher;
import org.candour.shared.crypto.ChunkHeader;
import org.candour.shared.crypto.DecryptingInputStream;
import org.candour.shared.crypto.EncryptedChunkFile;
import org.candour.shared.crypto.EncryptingOutputStream;
import org.candour.shared.crypto.TamperedFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypted temporary files for uploads from the public ({@code candour.uploads.temp-dir}). An upload is streamed
 * into its file through AES-256-GCM in chunks ({@link ChunkCipher}, as footage is) under a random key made for that
 * file alone and kept only in the {@link TemporaryUpload}: one chunk is in memory at a time, whatever the size, and
 * no plaintext reaches the disk. Files are readable by this process's user only.
 */
@Component
public class TemporaryUploads {

    static final String SUFFIX = ".upload";
    private static final int CHUNK = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TemporaryUploads.class);

    private final Path directory;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TemporaryUploads(@Value("${candour.uploads.temp-dir:./data/uploads-temp}") String directory, Clock clock) {
        this.directory = Path.of(directory);
        this.clock = clock;
    }

    /**
     * Streams {@code content} into a new encrypted temporary file. Past {@code maxBytes} it stops reading, deletes
     * what was written and throws {@link UploadTooLargeException}; any other failure midway deletes it too.
     */
    public TemporaryUpload store(String fileName, InputStream content, long maxBytes) throws IOException {
        UUID id = UUID.randomUUID();
        SecretKey key = newKey();
        Path path = ownerOnlyFile(id);
        long size = 0;
        var header = ChunkHeader.fresh(CHUNK, 1, random);
        try (var out = new EncryptingOutputStream(new BufferedOutputStream(Files.newOutputStream(path), CHUNK),
                header, new ChunkCipher(key, header, id))) {
            byte[] buffer = new byte[8192];
            for (int n; (n = content.read(buffer)) >= 0; ) {
                size += n;
                if (size > maxBytes) {
                    throw new UploadTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        return new TemporaryUpload(id, fileName, size, path, key);
    }

    /** The first {@code length} bytes of the plaintext (fewer if the file is shorter), to recognise its type. */
    public byte[] head(TemporaryUpload upload, int length) throws IOException {
        try (var in = open(upload)) {
            return in.readNBytes(length);
        }
    }

    /** The whole plaintext, for filing; the file must still hold exactly the bytes that were uploaded. */
    public byte[] read(TemporaryUpload upload) {
        try (var in = open(upload)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read temporary upload " + upload.id(), e);
        }
    }

    /** The plaintext, decrypted a chunk at a time as it is read. */
    public InputStream open(TemporaryUpload upload) throws IOException {
        var file = EncryptedChunkFile.open(upload.path(), upload.key(), upload.id());
        if (file.plainSize() != upload.size()) {
            file.close();
            throw new TamperedFileException("Temporary upload " + upload.id() + " holds " + file.plainSize()
                    + " bytes, not the " + upload.size() + " that were uploaded");
        }
        return new DecryptingInputStream(file, 0, upload.size());
    }

    /** Deletes the file of an upload that was filed, removed or replaced. Deleting it twice is harmless. */
    public void discard(TemporaryUpload upload) {
        delete(upload.path());
    }

    /** Deletes temporary files last written before {@code age} ago: those of sessions that ended without us. */
    public int sweepOlderThan(Duration age) {
        Instant cutOff = clock.instant().minus(age);
        if (Files.notExists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return (int) files.filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .filter(file -> lastWritten(file).isBefore(cutOff))
                    .filter(TemporaryUploads::delete)
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the temporary uploads in " + directory, e);
        }
    }

    Path directory() {
        return directory;
    }

    static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary upload {}: {}", file.getFileName(), e.toString());
            return false;
        }
    }

    private static Instant lastWritten(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException goneMeanwhile) {
            return Instant.MAX;
        }
    }

    private Path ownerOnlyFile(UUID id) throws IOException {
        Path file = Files.createDirectories(directory).resolve(id + SUFFIX);
        try {
            return Files.createFile(file,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }

    private SecretKey newKey() {
        try {
            var generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
