package org.candour.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;

/**
 * A key ring kept in files: the key file itself is {@code k1}, and {@code <key file>.k<n>} beside it are the keys
 * rotations added. Each is created owner-only and linked into place in one step ({@link EncryptionKeys#generate}).
 * A key is retired by deleting its file; the key file is generated only when there is no key at all, so retiring
 * {@code k1} does not bring a new {@code k1} back.
 */
final class KeyFiles {

    private KeyFiles() {
    }

    static KeyRing ring(Path keyFile) {
        Path file = keyFile.toAbsolutePath();
        Map<String, SecretKey> keys = read(file);
        if (keys.isEmpty()) {
            keys.put("k1", EncryptionKeys.fromFile(file));
        }
        return new KeyRing(keys, () -> {
            Map<String, SecretKey> now = read(file);
            int next = now.keySet().stream().mapToInt(KeyRing::number).max().orElse(0) + 1;
            String id = "k" + next;
            return Map.entry(id, EncryptionKeys.fromFile(sibling(file, id)));
        });
    }

    private static Map<String, SecretKey> read(Path file) {
        var keys = new LinkedHashMap<String, SecretKey>();
        if (Files.exists(file)) {
            keys.put("k1", EncryptionKeys.fromFile(file));
        }
        Pattern rotated = Pattern.compile(Pattern.quote(file.getFileName().toString()) + "\\.(k[1-9][0-9]{0,8})");
        if (Files.isDirectory(file.getParent())) {
            try (var siblings = Files.list(file.getParent())) {
                siblings.forEach(path -> {
                    var match = rotated.matcher(path.getFileName().toString());
                    if (match.matches()) {
                        keys.put(match.group(1), EncryptionKeys.fromFile(path));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the keys beside " + file, e);
            }
        }
        return keys;
    }

    static Path sibling(Path keyFile, String id) {
        return keyFile.resolveSibling(keyFile.getFileName() + "." + id);
    }
}
