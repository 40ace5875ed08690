package org.candour.identity.internal;

import java.util.List;
import org.candour.shared.crypto.SealedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's encrypted column, for the key rotation: the authenticator apps' secrets. */
@Configuration(proxyBeanMethods = false)
class IdentitySealedColumns {

    @Bean
    SealedColumns staffAccountSealedColumns() {
        return new SealedColumns("staff_account", "id", List.of("totp_secret"));
    }
}
