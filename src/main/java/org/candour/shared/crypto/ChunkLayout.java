package org.candour.shared.crypto;

/**
 * Where chunks lie in an encrypted file: the header, then each chunk's ciphertext and tag. Every chunk holds
 * {@code chunkSize} plaintext bytes except the last, which holds the rest (possibly nothing, for an empty file).
 */
record ChunkLayout(int chunkSize, int headerLength) {

    private long sealedChunk() {
        return (long) chunkSize + ChunkCipher.TAG_BYTES;
    }

    long chunkCount(long plainSize) {
        return Math.max(1, (plainSize + chunkSize - 1) / chunkSize);
    }

    long encryptedLength(long plainSize) {
        return headerLength + plainSize + chunkCount(plainSize) * ChunkCipher.TAG_BYTES;
    }

    /** The plaintext size an encrypted file of this length holds; refused if no file of ours has that length. */
    long plainSize(long encryptedLength) {
        long body = encryptedLength - headerLength;
        if (body < ChunkCipher.TAG_BYTES) {
            throw new TamperedFileException("The encrypted file is too short: it has been truncated");
        }
        long chunks = (body + sealedChunk() - 1) / sealedChunk();
        long lastSealed = body - (chunks - 1) * sealedChunk();
        if (lastSealed < ChunkCipher.TAG_BYTES) {
            throw new TamperedFileException("The encrypted file ends inside a chunk's tag: it has been truncated");
        }
        return body - chunks * ChunkCipher.TAG_BYTES;
    }

    long chunkOffset(long index) {
        return headerLength + index * sealedChunk();
    }
}
