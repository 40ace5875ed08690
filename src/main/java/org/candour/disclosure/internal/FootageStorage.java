package org.candour.disclosure.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.candour.disclosure.FootageRejectedException;
import org.candour.shared.crypto.DerivedKeys;
import org.candour.shared.crypto.ChunkCipher;
import org.candour.shared.crypto.ChunkHeader;
import org.candour.shared.crypto.DecryptingInputStream;
import org.candour.shared.crypto.EncryptedChunkFile;
import org.candour.shared.crypto.EncryptingOutputStream;
import org.candour.shared.crypto.TamperedFileException;

/**
 * Footage files on disk, each encrypted with AES-256-GCM in chunks ({@link ChunkCipher}) under the current footage
 * key, whose number the file's header keeps ({@link FootageKeys}).
 * An upload is first written encrypted to {@code incoming/} while its SHA-256 and size are taken; it moves to its
 * place ({@code xx/<id>.cfe}, xx the id's first two characters) only once it has been checked. The directory can be
 * a volume shared by several nodes: a file is written once under a fresh id, and changed only by a key rotation,
 * which replaces it in one step by the same plaintext under the new key ({@link #reencrypt}).
 */
public final class FootageStorage {

    private static final String SUFFIX = ".cfe";
    private static final int BUFFER = 1 << 16;

    private final Path root;
    private final FootageKeys keys;
    private final int chunkSize;
    private final SecureRandom random = new SecureRandom();

    public FootageStorage(Path root, SecretKey key, int chunkSize) {
        this(root, FootageKeys.single(key), chunkSize);
    }

    /** Storage whose files are sealed under keys derived from the portal's key ring. */
    public static FootageStorage of(Path root, DerivedKeys keys, int chunkSize) {
        return new FootageStorage(root, FootageKeys.derivedFrom(keys), chunkSize);
    }

    FootageStorage(Path root, FootageKeys keys, int chunkSize) {
        this.root = root;
        this.keys = keys;
        this.chunkSize = chunkSize;
    }

    /** An encrypted upload waiting to be checked, with the SHA-256 and size of its plaintext. */
    public record Staged(UUID id, Path path, long size, String sha256) {
    }

    /**
     * Streams {@code content} into an encrypted file in {@code incoming/}, refusing it (and removing what was
     * written) as soon as it passes {@code maxBytes}. Holds one chunk in memory, whatever the size.
     */
    public Staged stage(UUID id, InputStream content, long maxBytes, String limitInWords) throws IOException {
        Path path = Files.createDirectories(root.resolve("incoming")).resolve(id + ".part");
        var digest = sha256();
        long size = 0;
        try (var out = encryptingTo(path, id)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = content.read(buffer)) >= 0; ) {
                size += n;
                if (size > maxBytes) {
                    throw new FootageRejectedException("The file is larger than " + limitInWords
                            + ". Export a shorter clip from the evidence system.");
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        return new Staged(id, path, size, HexFormat.of().formatHex(digest.digest()));
    }

    private EncryptingOutputStream encryptingTo(Path path, UUID id) throws IOException {
        var header = ChunkHeader.fresh(chunkSize, keys.currentNumber(), random);
        return new EncryptingOutputStream(new BufferedOutputStream(Files.newOutputStream(path), BUFFER), header,
                new ChunkCipher(keys.current(), header, id));
    }

    /** The plaintext of a staged upload. */
    public InputStream readStaged(Staged staged) throws IOException {
        return whole(EncryptedChunkFile.open(staged.path(), keys, staged.id()));
    }

    /**
     * A plaintext copy of a staged upload for FFmpeg to open (JavaCV's grabber reads no packets from a Java input
     * stream with FFmpeg 7.1, only from a file), readable by this process's user only. The caller deletes it as
     * soon as the probe is done, whatever happens: see {@link #discardCopy(Path)}.
     */
    public Path plaintextCopy(Staged staged) throws IOException {
        Path copy = staged.path().resolveSibling(staged.id() + ".probe");
        try {
            Files.createFile(copy, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(copy);
        }
        try (var in = readStaged(staged); var out = Files.newOutputStream(copy)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return copy;
    }

    /**
     * A fresh path in {@code work/} for a plaintext working file (a decrypted original, a rendered copy before it is
     * stored), created empty and readable by this process's user only. The caller deletes it when done.
     */
    public Path workFile(String name) throws IOException {
        Path file = Files.createDirectories(root.resolve("work")).resolve(name);
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        return file;
    }

    /** Decrypts a stored file into {@code target} (made by {@link #workFile}) for FFmpeg to open. */
    public void decryptTo(UUID id, long expectedSize, Path target) throws IOException {
        try (var in = read(id, expectedSize, 0, expectedSize); var out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }

    public void discardCopy(Path copy) throws IOException {
        Files.deleteIfExists(copy);
    }

    /** Moves a checked upload to its place. */
    public void keep(Staged staged) throws IOException {
        Path target = path(staged.id());
        Files.createDirectories(target.getParent());
        Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
    }

    public void discard(Staged staged) throws IOException {
        Files.deleteIfExists(staged.path());
    }

    public void delete(UUID id) throws IOException {
        Files.deleteIfExists(path(id));
    }

    /**
     * The plaintext bytes {@code [start, end)} of a stored file, decrypted chunk by chunk as they are read. The
     * file's length must match {@code expectedSize} (the size recorded when it was stored), so a file cut short is
     * refused before anything is served.
     */
    public InputStream read(UUID id, long expectedSize, long start, long end) throws IOException {
        var file = EncryptedChunkFile.open(path(id), keys, id);
        if (file.plainSize() != expectedSize) {
            file.close();
            throw new TamperedFileException("Footage file " + id + " holds " + file.plainSize()
                    + " bytes, not the " + expectedSize + " it was stored with");
        }
        return new DecryptingInputStream(file, start, end);
    }

    /** Whether the stored file is sealed under the current key (a rotation leaves it alone). */
    public boolean underCurrentKey(UUID id) throws IOException {
        try (var file = EncryptedChunkFile.open(path(id), keys, id)) {
            return file.keyNumber() == keys.currentNumber();
        }
    }

    public boolean exists(UUID id) {
        return Files.exists(path(id));
    }

    /**
     * Key rotation: writes the plaintext of a stored file again under the current key into {@code incoming/}, checks
     * that its SHA-256 is still {@code sha256} (chain of custody), then moves it over the old file in one step, so
     * a reader sees the old file or the new one, never a part; a crash leaves the old file and a stray part.
     *
     * @return whether the file was re-encrypted (false: it was under the current key already)
     */
    public boolean reencrypt(UUID id, long size, String sha256) throws IOException {
        if (underCurrentKey(id)) {
            return false;
        }
        Path part = Files.createDirectories(root.resolve("incoming")).resolve(id + ".rekey");
        var digest = sha256();
        try (var in = read(id, size, 0, size); var out = encryptingTo(part, id)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        String now = HexFormat.of().formatHex(digest.digest());
        if (!now.equalsIgnoreCase(sha256)) {
            Files.deleteIfExists(part);
            throw new TamperedFileException("Footage file " + id + " no longer has the SHA-256 it was stored with");
        }
        Files.move(part, path(id), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    Path path(UUID id) {
        String name = id.toString();
        return root.resolve(name.substring(0, 2)).resolve(name + SUFFIX);
    }

    private static InputStream whole(EncryptedChunkFile file) {
        return new DecryptingInputStream(file, 0, file.plainSize());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
