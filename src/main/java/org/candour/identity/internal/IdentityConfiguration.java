package org.candour.identity.internal;

import java.time.Duration;
import org.candour.identity.domain.LockoutPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    LockoutPolicy lockoutPolicy(@Value("${candour.identity.lockout.max-failures:5}") int maxFailures,
                                @Value("${candour.identity.lockout.duration:PT15M}") Duration duration) {
        return new LockoutPolicy(maxFailures, duration);
    }
}
