package org.candour.disclosure.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.candour.disclosure.FootageFile;
import org.candour.shared.crypto.KeyRotationStep;
import org.jspecify.annotations.Nullable;

/**
 * The key rotation's step for footage files: each stored file not under the current key is written again under it
 * and swapped in one step, its plaintext's SHA-256 checked against the one recorded when it was stored (chain of
 * custody: the evidence is the same bytes). Files already under the current key are left as they are.
 */
final class FootageKeyRotation implements KeyRotationStep {

    private final FootageFileRecords records;
    private final FootageStorage storage;

    FootageKeyRotation(FootageFileRecords records, FootageStorage storage) {
        this.records = records;
        this.storage = storage;
    }

    @Override
    public String what() {
        return "footage files";
    }

    @Override
    public long pending() {
        long count = 0;
        UUID after = null;
        for (List<FootageFile> page; !(page = records.pageAfter(after, 500)).isEmpty(); after = page.getLast().id()) {
            for (FootageFile file : page) {
                if (storage.exists(file.id()) && !underCurrentKey(file)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public long rotate(int batchSize) {
        long done = 0;
        @Nullable UUID after = null;
        for (List<FootageFile> page; !(page = records.pageAfter(after, batchSize)).isEmpty();
             after = page.getLast().id()) {
            for (FootageFile file : page) {
                if (storage.exists(file.id()) && reencrypt(file)) {
                    done++;
                }
            }
        }
        return done;
    }

    private boolean underCurrentKey(FootageFile file) {
        try {
            return storage.underCurrentKey(file.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean reencrypt(FootageFile file) {
        try {
            return storage.reencrypt(file.id(), file.sizeBytes(), file.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot re-encrypt footage file " + file.id(), e);
        }
    }
}
