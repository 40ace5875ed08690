package org.candour.shared.crypto;

import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Keys for other purposes (footage files) derived from each key of the {@link KeyRing} ({@link KeyDerivation}), so
 * they rotate with it: the derived key of the current data key writes, every derived key can read.
 */
public final class DerivedKeys {

    private final KeyRing keys;

    public DerivedKeys(KeyRing keys) {
        this.keys = keys;
    }

    public String currentId() {
        return keys.currentId();
    }

    public SecretKey current(String label) {
        return new KeyDerivation(keys.current()).aesKey(label);
    }

    public Optional<SecretKey> byId(String id, String label) {
        return keys.key(id).map(key -> new KeyDerivation(key).aesKey(label));
    }

    /** Every derived key, oldest first, for files written before key ids. */
    public List<SecretKey> all(String label) {
        return keys.all().stream().map(key -> new KeyDerivation(key).aesKey(label)).toList();
    }
}
