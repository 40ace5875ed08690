package org.candour.footage.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies a stream up to a number of bytes, and stops as soon as it holds more: the rest is never read. */
final class CappedCopy {

    private CappedCopy() {
    }

    /** True if the whole input, at most {@code max} bytes, was copied; false as soon as it passes {@code max}. */
    static boolean copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                return false;
            }
            out.write(buffer, 0, n);
        }
        return true;
    }
}
