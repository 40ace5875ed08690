package org.candour.shared.uploads;

import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;

/**
 * What the session keeps of an uploaded file instead of its bytes: its name, size, where its encrypted temporary
 * file is, and the file's own key. The key is held in memory only: it is transient, so a session written to disk
 * (or sent to another node) carries no key, and the file it names can no longer be read.
 */
public final class TemporaryUpload implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String fileName;
    private final long size;
    private final String path;
    private final transient @Nullable SecretKey key;

    TemporaryUpload(UUID id, String fileName, long size, Path path, SecretKey key) {
        this.id = id;
        this.fileName = fileName;
        this.size = size;
        this.path = path.toString();
        this.key = key;
    }

    public UUID id() {
        return id;
    }

    /** The name the requester's computer gave the file. */
    public String fileName() {
        return fileName;
    }

    /** The size of the plaintext in bytes. */
    public long size() {
        return size;
    }

    Path path() {
        return Path.of(path);
    }

    SecretKey key() {
        if (key == null) {
            throw new IllegalStateException("The key of temporary upload " + id + " is gone: the session was "
                    + "written out or moved, and the file can no longer be read. Upload it again.");
        }
        return key;
    }

    @Override
    public String toString() {
        return "TemporaryUpload[" + id + ", " + size + " bytes]";
    }
}
