package org.candour.disclosure.internal;

import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.candour.shared.crypto.DerivedKeys;
import org.candour.shared.crypto.EncryptedChunkFile;

/**
 * The footage keys, one derived from each data key of the portal's key ring with its own label (so never equal to
 * the personal-data key), by key number: the current one seals new files, any opens the file its header names.
 */
interface FootageKeys extends EncryptedChunkFile.Keys {

    String LABEL = "candour footage files v1";

    int currentNumber();

    SecretKey current();

    static FootageKeys derivedFrom(DerivedKeys keys) {
        return new FootageKeys() {
            @Override
            public int currentNumber() {
                return Integer.parseInt(keys.currentId().substring(1));
            }

            @Override
            public SecretKey current() {
                return keys.current(LABEL);
            }

            @Override
            public Optional<SecretKey> byNumber(int number) {
                return keys.byId("k" + number, LABEL);
            }

            @Override
            public List<SecretKey> all() {
                return keys.all(LABEL);
            }
        };
    }

    /** One key, number 1: for tests of the file format. */
    static FootageKeys single(SecretKey key) {
        return new FootageKeys() {
            @Override
            public int currentNumber() {
                return 1;
            }

            @Override
            public SecretKey current() {
                return key;
            }

            @Override
            public Optional<SecretKey> byNumber(int number) {
                return number == 1 ? Optional.of(key) : Optional.empty();
            }

            @Override
            public List<SecretKey> all() {
                return List.of(key);
            }
        };
    }
}
