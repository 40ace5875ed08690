package org.candour.shared.crypto;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The clear header at the start of an encrypted file: a magic and format version, the plaintext chunk size,
 * and the file's random nonce prefix. It is authenticated with every chunk (it is part of each chunk's AAD), so
 * changing it makes every chunk fail.
 */
public record ChunkHeader(int chunkSize, byte[] noncePrefix) {

    public static final int LENGTH = 15;
    static final int PREFIX_LENGTH = 7;
    private static final int MAGIC = 0x43444631; // "CDF1"

    public ChunkHeader {
        if (chunkSize < 1 || noncePrefix.length != PREFIX_LENGTH) {
            throw new IllegalArgumentException("Bad chunk size or nonce prefix");
        }
        noncePrefix = noncePrefix.clone();
    }

    public static ChunkHeader fresh(int chunkSize, SecureRandom random) {
        byte[] prefix = new byte[PREFIX_LENGTH];
        random.nextBytes(prefix);
        return new ChunkHeader(chunkSize, prefix);
    }

    static ChunkHeader read(byte[] bytes) {
        var buffer = ByteBuffer.wrap(bytes);
        if (bytes.length != LENGTH || buffer.getInt() != MAGIC) {
            throw new TamperedFileException("The file is not an encrypted file of ours");
        }
        int chunkSize = buffer.getInt();
        if (chunkSize < 1 || chunkSize > 64 << 20) {
            throw new TamperedFileException("The file's header is damaged");
        }
        return new ChunkHeader(chunkSize, Arrays.copyOfRange(bytes, 8, LENGTH));
    }

    public byte[] bytes() {
        return ByteBuffer.allocate(LENGTH).putInt(MAGIC).putInt(chunkSize).put(noncePrefix).array();
    }

    @Override
    public byte[] noncePrefix() {
        return noncePrefix.clone();
    }
}
