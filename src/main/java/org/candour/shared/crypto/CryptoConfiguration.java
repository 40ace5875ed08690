package org.candour.shared.crypto;

import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    FieldCipher fieldCipher(@Value("${candour.crypto.key:}") @Nullable String key,
                            @Value("${candour.crypto.key-file:}") @Nullable String keyFile) {
        return new FieldCipher(dataKey(key, keyFile));
    }

    @Bean
    KeyDerivation keyDerivation(@Value("${candour.crypto.key:}") @Nullable String key,
                                @Value("${candour.crypto.key-file:}") @Nullable String keyFile) {
        return new KeyDerivation(dataKey(key, keyFile));
    }

    private static SecretKey dataKey(@Nullable String key, @Nullable String keyFile) {
        return EncryptionKeys.resolve(key, keyFile);
    }
}
