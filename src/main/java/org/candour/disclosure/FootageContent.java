package org.candour.disclosure;

import java.io.IOException;
import java.io.InputStream;
import org.candour.disclosure.internal.FootageStorage;

/**
 * A stored footage file ready to be served: its metadata and its plaintext by byte range, decrypted chunk by chunk
 * as it is read (never the whole file at once).
 */
public final class FootageContent {

    private final FootageFile file;
    private final FootageStorage storage;

    FootageContent(FootageFile file, FootageStorage storage) {
        this.file = file;
        this.storage = storage;
    }

    public FootageFile file() {
        return file;
    }

    public long size() {
        return file.sizeBytes();
    }

    /** The plaintext bytes from {@code start} (inclusive) to {@code end} (exclusive); close the stream after use. */
    public InputStream range(long start, long end) throws IOException {
        return storage.read(file.id(), file.sizeBytes(), start, end);
    }
}
