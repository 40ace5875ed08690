package org.candour.shared.crypto;

import java.io.IOException;
import java.io.InputStream;

/**
 * The plaintext bytes {@code [start, end)} of an encrypted file, decrypted a chunk at a time (one chunk in
 * memory). {@code skip} is a seek and {@code mark}/{@code reset} return to a position without reading anything
 * again. Closing it closes the file.
 */
public final class DecryptingInputStream extends InputStream {

    private final EncryptedChunkFile file;
    private final long end;
    private long position;
    private long marked;
    private long chunkIndex = -1;
    private byte[] chunk = new byte[0];

    public DecryptingInputStream(EncryptedChunkFile file, long start, long end) {
        if (start < 0 || end > file.plainSize() || start > end) {
            throw new IllegalArgumentException("Range " + start + "-" + end + " is outside the file");
        }
        this.file = file;
        this.position = start;
        this.marked = start;
        this.end = end;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= end) {
            return -1;
        }
        long index = position / file.chunkSize();
        if (index != chunkIndex) {
            chunk = file.chunk(index);
            chunkIndex = index;
        }
        int within = (int) (position - index * file.chunkSize());
        int n = (int) Math.min(Math.min(length, chunk.length - within), end - position);
        System.arraycopy(chunk, within, bytes, offset, n);
        position += n;
        return n;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, end - position);
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public synchronized void mark(int readLimit) {
        marked = position;
    }

    @Override
    public synchronized void reset() {
        position = marked;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
