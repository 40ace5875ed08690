package org.candour.shared.ui;

import java.util.Locale;

/**
 * A file's size in words, as GOV.UK writes it: whole kilobytes rounded up below 1 MB (so a small file is never
 * "0 KB"), megabytes with one decimal from 1 MB. 1 KB is 1,024 bytes.
 */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private FileSizes() {
    }

    public static String inWords(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("A size cannot be negative: " + bytes);
        }
        long kilobytes = (bytes + KB - 1) / KB;
        if (kilobytes < KB) {
            return kilobytes + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", Math.ceil(bytes * 10.0 / MB) / 10);
    }
}
