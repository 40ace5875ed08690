package org.candour.shared.crypto;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Random access to the plaintext of one encrypted file (footage, or an upload waiting to be filed): any chunk can be read and authenticated on its own,
 * so a range is served without decrypting the whole. Not thread-safe: one reader per use.
 */
public final class EncryptedChunkFile implements Closeable {

    /** The keys a file may be encrypted under: its header names one by number (format 2), or names none (format 1). */
    public interface Keys {

        Optional<SecretKey> byNumber(int number);

        List<SecretKey> all();
    }

    private final FileChannel channel;
    private final ChunkCipher cipher;
    private final ChunkLayout layout;
    private final long plainSize;
    private final long chunkCount;
    private final ChunkHeader header;

    private EncryptedChunkFile(FileChannel channel, ChunkHeader header, SecretKey key, UUID fileId)
            throws IOException {
        this.channel = channel;
        this.header = header;
        this.cipher = new ChunkCipher(key, header, fileId);
        this.layout = new ChunkLayout(header.chunkSize(), header.length());
        this.plainSize = layout.plainSize(channel.size());
        this.chunkCount = layout.chunkCount(plainSize);
    }

    /** Opens a file encrypted under its own one key. */
    public static EncryptedChunkFile open(Path path, SecretKey key, UUID fileId) throws IOException {
        return open(path, new Keys() {
            @Override
            public Optional<SecretKey> byNumber(int number) {
                return Optional.of(key);
            }

            @Override
            public List<SecretKey> all() {
                return List.of(key);
            }
        }, fileId);
    }

    /** Opens the file with the key its header names, or for a format 1 file the key of the ring that opens it. */
    public static EncryptedChunkFile open(Path path, Keys keys, UUID fileId) throws IOException {
        var channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            var header = ChunkHeader.read(channel);
            if (!header.legacy()) {
                var key = keys.byNumber(header.keyNumber()).orElseThrow(() -> new IllegalStateException("File "
                        + fileId + " is encrypted under key k" + header.keyNumber() + ", which is not in the key ring"));
                return new EncryptedChunkFile(channel, header, key, fileId);
            }
            for (SecretKey key : keys.all()) {
                var file = new EncryptedChunkFile(channel, header, key, fileId);
                if (file.opensWithItsKey()) {
                    return file;
                }
            }
            throw new TamperedFileException("No key of the ring opens file " + fileId
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
        } catch (TamperedFileException notThisKey) {
            return false;
        }
    }

    /** The key number in the file's header; 0 for a format 1 file, which names none. */
    public int keyNumber() {
        return header.keyNumber();
    }

    public long plainSize() {
        return plainSize;
    }

    public int chunkSize() {
        return layout.chunkSize();
    }

    /** The authenticated plaintext of chunk {@code index}. */
    public byte[] chunk(long index) throws IOException {
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
                throw new TamperedFileException("The encrypted file ended early: it has been truncated");
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
