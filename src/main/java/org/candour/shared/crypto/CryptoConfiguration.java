package org.candour.shared.crypto;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    FieldCipher fieldCipher(@Value("${candour.crypto.key:}") @Nullable String key,
                            @Value("${candour.crypto.key-file:}") @Nullable String keyFile) {
        return new FieldCipher(EncryptionKeys.resolve(key, keyFile));
    }
}
