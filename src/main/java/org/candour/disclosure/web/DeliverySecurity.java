package org.candour.disclosure.web;

import org.candour.disclosure.FootageDeliveries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The requester's copy is fetched without signing in: the pass in the address and the tracking session's cookie
 * are the proof, checked by {@link DeliveryController}. Reading is all this chain allows; it never creates a
 * session (a request without the tracking session is refused, not given a new one).
 */
@Configuration(proxyBeanMethods = false)
class DeliverySecurity {

    @Bean
    @Order(3)
    SecurityFilterChain deliverySecurityFilterChain(HttpSecurity http) throws Exception {
        String paths = FootageDeliveries.PATH + "/**";
        http.securityMatcher(paths)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, paths).permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
