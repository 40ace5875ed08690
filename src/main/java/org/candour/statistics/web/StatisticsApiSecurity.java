package org.candour.statistics.web;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The open-data API is public: anyone may read releases, without signing in, a session or a cookie. A separate,
 * stateless chain ahead of the pages' chain, for {@code /api/v1/statistics/**} only; reading is all it allows.
 *
 * <p>Pages on other sites (a newspaper's notebook, a data journalist's dashboard) may read it from the browser: CORS
 * allows any origin to GET, never with credentials, and answers preflight requests. Staff endpoints under
 * {@code /api} have chains of their own without CORS, so no other site's page can call them.
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
                .cors(cors -> cors.configurationSource(anyOriginMayRead()))
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

    /** Not a bean: a bean would be picked up by every chain that asks for CORS defaults. */
    static UrlBasedCorsConfigurationSource anyOriginMayRead() {
        var cors = new CorsConfiguration();
        cors.addAllowedOrigin("*");
        cors.setAllowCredentials(false);
        cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Accept", "Accept-Encoding", "If-None-Match", "Cache-Control"));
        cors.setExposedHeaders(List.of("ETag", "Link", "Content-Disposition"));
        cors.setMaxAge(Duration.ofDays(1));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/statistics/**", cors);
        return source;
    }
}
