package org.candour.statistics.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The open-data API is public: anyone may read releases, without signing in, a session or a cookie. A separate,
 * stateless chain ahead of the pages' chain, for {@code /api/v1/statistics/**} only; reading is all it allows.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain statisticsApiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/statistics/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/v1/statistics/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                // No one signs in here, so anything but reading is simply not allowed (not a sign-in redirect).
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.METHOD_NOT_ALLOWED))
                        .accessDeniedHandler((request, response, e) -> response.sendError(
                                HttpStatus.METHOD_NOT_ALLOWED.value())));
        return http.build();
    }
}
