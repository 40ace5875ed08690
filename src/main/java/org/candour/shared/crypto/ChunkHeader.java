package org.candour.shared.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The clear header at the start of an encrypted file: a magic and format version, the plaintext chunk size,
 * the file's random nonce prefix and (from format 2) the number of the data key whose footage key sealed it
 * ({@code k3} is 3). It is authenticated with every chunk (it is part of each chunk's AAD), so changing it makes
 * every chunk fail. Format 1 files ({@code keyNumber} 0) have no key number: every key of the ring is tried.
 */
public record ChunkHeader(int chunkSize, byte[] noncePrefix, int keyNumber) {

    /** The length of the header of files written now (format 2). */
    public static final int LENGTH = 19;
    public static final int LEGACY_LENGTH = 15;
    static final int PREFIX_LENGTH = 7;
    private static final int LEGACY_MAGIC = 0x43444631; // "CDF1"
    private static final int MAGIC = 0x43444632; // "CDF2"

    public ChunkHeader {
        if (chunkSize < 1 || noncePrefix.length != PREFIX_LENGTH || keyNumber < 0) {
            throw new IllegalArgumentException("Bad chunk size, nonce prefix or key number");
        }
        noncePrefix = noncePrefix.clone();
    }

    public static ChunkHeader fresh(int chunkSize, int keyNumber, SecureRandom random) {
        byte[] prefix = new byte[PREFIX_LENGTH];
        random.nextBytes(prefix);
        return new ChunkHeader(chunkSize, prefix, keyNumber);
    }

    static ChunkHeader read(FileChannel channel) throws IOException {
        var start = ByteBuffer.allocate(LEGACY_LENGTH);
        EncryptedChunkFile.readFully(channel, start, 0);
        var buffer = ByteBuffer.wrap(start.array());
        int magic = buffer.getInt();
        if (magic != MAGIC && magic != LEGACY_MAGIC) {
            throw new TamperedFileException("The file is not an encrypted file");
        }
        int chunkSize = buffer.getInt();
        if (chunkSize < 1 || chunkSize > 64 << 20) {
            throw new TamperedFileException("The file's header is damaged");
        }
        byte[] prefix = Arrays.copyOfRange(start.array(), 8, LEGACY_LENGTH);
        if (magic == LEGACY_MAGIC) {
            return new ChunkHeader(chunkSize, prefix, 0);
        }
        var key = ByteBuffer.allocate(4);
        EncryptedChunkFile.readFully(channel, key, LEGACY_LENGTH);
        int keyNumber = key.getInt(0);
        if (keyNumber < 1) {
            throw new TamperedFileException("The file's header is damaged");
        }
        return new ChunkHeader(chunkSize, prefix, keyNumber);
    }

    public boolean legacy() {
        return keyNumber == 0;
    }

    public int length() {
        return legacy() ? LEGACY_LENGTH : LENGTH;
    }

    public byte[] bytes() {
        var buffer = ByteBuffer.allocate(length()).putInt(legacy() ? LEGACY_MAGIC : MAGIC).putInt(chunkSize)
                .put(noncePrefix);
        if (!legacy()) {
            buffer.putInt(keyNumber);
        }
        return buffer.array();
    }

    @Override
    public byte[] noncePrefix() {
        return noncePrefix.clone();
    }
}
