package org.candour.identity.internal;

import java.time.Duration;
import org.candour.identity.domain.SignInThrottlePolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    SignInThrottlePolicy signInThrottlePolicy(
            @Value("${candour.identity.sign-in.window:PT15M}") Duration window,
            @Value("${candour.identity.sign-in.free-failures:5}") int freeFailures,
            @Value("${candour.identity.sign-in.block-after:20}") int blockAfter,
            @Value("${candour.identity.sign-in.max-delay:PT5M}") Duration maxDelay,
            @Value("${candour.identity.sign-in.block-duration:PT15M}") Duration blockDuration,
            @Value("${candour.identity.sign-in.overall-failures:1000}") int overallFailures,
            @Value("${candour.identity.sign-in.account-lock-addresses:10}") int accountLockAddresses,
            @Value("${candour.identity.sign-in.account-lock-duration:PT15M}") Duration accountLockDuration) {
        return new SignInThrottlePolicy(window, freeFailures, blockAfter, maxDelay, blockDuration, overallFailures,
                accountLockAddresses, accountLockDuration);
    }
}
