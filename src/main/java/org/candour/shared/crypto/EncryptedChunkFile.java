package org.candour.shared.crypto;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Random access to the plaintext of one encrypted file: any chunk can be read and authenticated on its own,
 * so a range is served without decrypting the whole. Not thread-safe: one reader per use.
 */
public final class EncryptedChunkFile implements Closeable {

    private final FileChannel channel;
    private final ChunkCipher cipher;
    private final ChunkLayout layout;
    private final long plainSize;
    private final long chunkCount;

    private EncryptedChunkFile(FileChannel channel, ChunkHeader header, SecretKey key, UUID fileId)
            throws IOException {
        this.channel = channel;
        this.cipher = new ChunkCipher(key, header, fileId);
        this.layout = new ChunkLayout(header.chunkSize());
        this.plainSize = layout.plainSize(channel.size());
        this.chunkCount = layout.chunkCount(plainSize);
    }

    public static EncryptedChunkFile open(Path path, SecretKey key, UUID fileId) throws IOException {
        var channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            var header = ByteBuffer.allocate(ChunkHeader.LENGTH);
            readFully(channel, header, 0);
            return new EncryptedChunkFile(channel, ChunkHeader.read(header.array()), key, fileId);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public long plainSize() {
        return plainSize;
    }

    int chunkSize() {
        return layout.chunkSize();
    }

    /** The authenticated plaintext of chunk {@code index}. */
    byte[] chunk(long index) throws IOException {
        if (index < 0 || index >= chunkCount) {
            throw new IllegalArgumentException("No chunk " + index);
        }
        boolean last = index == chunkCount - 1;
        long plain = last ? plainSize - index * layout.chunkSize() : layout.chunkSize();
        var sealed = ByteBuffer.allocate((int) plain + ChunkCipher.TAG_BYTES);
        readFully(channel, sealed, layout.chunkOffset(index));
        return cipher.open(index, last, sealed.array(), sealed.limit());
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new TamperedFileException("The encrypted file ended early: it has been truncated");
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
