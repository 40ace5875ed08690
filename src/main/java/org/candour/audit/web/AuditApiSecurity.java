package org.candour.audit.web;

import org.candour.security.SecondFactorGate;
import org.candour.identity.Roles;
import org.candour.shared.web.JsonRefusal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Access to the audit API, ahead of the pages' security chain: administrators only, signed in with HTTP Basic
 * against the staff accounts (wrong passwords count towards lockout as on the sign-in page) or through their
 * existing session. No session is created for API calls. Unauthenticated: 401 with a Basic challenge; signed in
 * without the role: 403. Both are written here, not through the error page, which belongs to the pages' chain and
 * would redirect to the sign-in page. CSRF protection stays on for anything but GET.
 */
@Configuration(proxyBeanMethods = false)
class AuditApiSecurity {

    private static final String REALM = "Candour audit";

    @Bean
    @Order(1)
    SecurityFilterChain auditApiSecurityFilterChain(HttpSecurity http, SecondFactorGate secondFactor)
            throws Exception {
        http.securityMatcher("/api/v1/audit/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(Roles.ADMIN, Roles.MONITORING))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
                    JsonRefusal.write(response, HttpStatus.UNAUTHORIZED);
                }))
                .exceptionHandling(exceptions -> exceptions
                        .accessDeniedHandler((request, response, e) ->
                                JsonRefusal.write(response, HttpStatus.FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable());
        http.addFilterBefore(secondFactor, AuthorizationFilter.class);
        return http.build();
    }
}
