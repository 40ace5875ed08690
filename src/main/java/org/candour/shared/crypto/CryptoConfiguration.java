package org.candour.shared.crypto;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    KeyRing keyRing(@Value("${candour.crypto.key:}") @Nullable String key,
                    @Value("${candour.crypto.keys:}") @Nullable String keys,
                    @Value("${candour.crypto.key-file:}") @Nullable String keyFile) {
        return EncryptionKeys.ring(key, keys, keyFile);
    }

    @Bean
    FieldCipher fieldCipher(KeyRing keys) {
        return new FieldCipher(keys);
    }

    /**
     * Keys derived from the current data key when the portal started: only for short-lived data (temporary files),
     * never for data kept across a key rotation, which uses {@link DerivedKeys} and records its key.
     */
    @Bean
    KeyDerivation keyDerivation(KeyRing keys) {
        return new KeyDerivation(keys.current());
    }

    @Bean
    DerivedKeys derivedKeys(KeyRing keys) {
        return new DerivedKeys(keys);
    }
}
