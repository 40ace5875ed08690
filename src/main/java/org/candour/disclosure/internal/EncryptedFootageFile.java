package org.candour.disclosure.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Random access to the plaintext of one encrypted footage file: any chunk can be read and authenticated on its own,
 * so a range is served without decrypting the whole. Not thread-safe: one reader per use.
 */
final class EncryptedFootageFile implements Closeable {

    private final FileChannel channel;
    private final ChunkCipher cipher;
    private final ChunkLayout layout;
    private final long plainSize;
    private final long chunkCount;
    private final ChunkHeader header;

    private EncryptedFootageFile(FileChannel channel, ChunkHeader header, SecretKey key, UUID fileId)
            throws IOException {
        this.channel = channel;
        this.header = header;
        this.cipher = new ChunkCipher(key, header, fileId);
        this.layout = new ChunkLayout(header.chunkSize(), header.length());
        this.plainSize = layout.plainSize(channel.size());
        this.chunkCount = layout.chunkCount(plainSize);
    }

    /** Opens the file with the key its header names, or for a format 1 file the key of the ring that opens it. */
    static EncryptedFootageFile open(Path path, FootageKeys keys, UUID fileId) throws IOException {
        var channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            var header = ChunkHeader.read(channel);
            if (!header.legacy()) {
                var key = keys.byNumber(header.keyNumber()).orElseThrow(() -> new IllegalStateException("Footage file "
                        + fileId + " is encrypted under key k" + header.keyNumber() + ", which is not in the key ring"));
                return new EncryptedFootageFile(channel, header, key, fileId);
            }
            for (SecretKey key : keys.all()) {
                var file = new EncryptedFootageFile(channel, header, key, fileId);
                if (file.opensWithItsKey()) {
                    return file;
                }
            }
            throw new TamperedFootageException("No key of the ring opens footage file " + fileId
                    + ": the file is damaged or its key was retired");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private boolean opensWithItsKey() throws IOException {
        try {
            chunk(0);
            return true;
        } catch (TamperedFootageException notThisKey) {
            return false;
        }
    }

    /** The key number in the file's header; 0 for a format 1 file, which names none. */
    int keyNumber() {
        return header.keyNumber();
    }

    long plainSize() {
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

    static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new TamperedFootageException("The encrypted file ended early: it has been truncated");
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
