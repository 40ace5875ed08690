package org.candour.footage.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Access to the machine import API, separate from the portal's browser security: stateless, bearer token only,
 * no session, no CSRF token (no browser and no cookie is involved). Runs before the Vaadin chain, for
 * {@code /api/v1/footage/**} only.
 */
@Configuration(proxyBeanMethods = false)
class ImportApiSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ImportApiSecurityConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain footageImportApi(HttpSecurity http,
                                         @Value("${candour.footage.import.token:}") String token,
                                         @Value("${candour.footage.import.token-sha256:}") String tokenSha256)
            throws Exception {
        var importToken = ImportToken.configured(token, tokenSha256);
        if (!importToken.isConfigured()) {
            log.info("The footage import API refuses every call: set CANDOUR_FOOTAGE_IMPORT_TOKEN to enable it");
        }
        http.securityMatcher("/api/v1/footage/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(ImportTokenFilter.AUTHORITY))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ImportTokenFilter(importToken), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "Send the footage import token as a bearer token"))
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                                "This token may not import footage metadata")));
        return http.build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"candour-footage-import\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
