package org.candour.shared.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

/**
 * Run in a JVM whose whole heap is smaller than the upload ({@link FlatHeapUploadTest}): receives a 10 MB upload
 * the way the portal does, or with {@code in-memory} the way it used to (one array for the whole file).
 */
final class SmallHeapUpload {

    static final int SIZE = 10 * 1024 * 1024;

    private SmallHeapUpload() {
    }

    public static void main(String[] args) throws IOException {
        var upload = new Generated(SIZE);
        if (args[1].equals("in-memory")) {
            System.out.println("read " + upload.readNBytes(SIZE + 1).length);
            return;
        }
        var uploads = new TemporaryUploads(args[0], Clock.systemUTC());
        long started = System.nanoTime();
        var stored = uploads.store("scan.pdf", upload, SIZE);
        long read = 0;
        try (var in = uploads.open(stored)) {
            for (byte[] buffer = new byte[8192]; ; ) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        }
        uploads.discard(stored);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("stored " + stored.size() + " read " + read + " in " + millis + " ms (10 MB heap)");
    }

    /** Bytes made as they are read, like a request body arriving. */
    private static final class Generated extends InputStream {
        private final int size;
        private int position;

        Generated(int size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? position++ & 0x7f : -1;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                bytes[offset + i] = (byte) (position++ & 0x7f);
            }
            return n;
        }
    }
}
