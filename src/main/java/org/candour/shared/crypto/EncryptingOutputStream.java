package org.candour.shared.crypto;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Encrypts what is written to it chunk by chunk into the target: the header first, then each full chunk as soon as
 * more data follows it, and on {@link #close()} the last chunk, marked as the last. Holds one chunk in memory.
 */
public final class EncryptingOutputStream extends OutputStream {

    private final OutputStream target;
    private final ChunkCipher cipher;
    private final byte[] chunk;
    private int filled;
    private long index;
    private boolean closed;

    public EncryptingOutputStream(OutputStream target, ChunkHeader header, ChunkCipher cipher) throws IOException {
        this.target = target;
        this.cipher = cipher;
        this.chunk = new byte[header.chunkSize()];
        target.write(header.bytes());
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == chunk.length) {
                target.write(cipher.seal(index++, false, chunk, filled));
                filled = 0;
            }
            int n = Math.min(length, chunk.length - filled);
            System.arraycopy(bytes, offset, chunk, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            target.write(cipher.seal(index, true, chunk, filled));
        } finally {
            target.close();
        }
    }
}
