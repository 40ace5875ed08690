package org.candour.security;

import org.candour.identity.Roles;
import org.candour.shared.web.JsonRefusal;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
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
 * The actuator's endpoints ({@code /actuator/**}, or the management port if {@code management.server.port} is
 * set). The health probes are open, without details, so that a load balancer or orchestrator can ask whether a
 * node is alive and ready; everything else (metrics, Prometheus, health details) needs an administrator, signed in
 * with HTTP Basic, and creates no session. The reverse proxy in {@code docker-compose.yml} does not forward
 * {@code /actuator} at all.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    private static final String REALM = "Candour management";

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http, SecondFactorGate secondFactor)
            throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        // metrics for a monitoring account of their own (ASVS 4.1.3), and administrators
                        .anyRequest().hasAnyRole(Roles.MONITORING, Roles.ADMIN))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
                    JsonRefusal.write(response, HttpStatus.UNAUTHORIZED);
                }))
                .exceptionHandling(exceptions -> exceptions
                        .accessDeniedHandler((request, response, e) ->
                                JsonRefusal.write(response, HttpStatus.FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        http.addFilterBefore(secondFactor, AuthorizationFilter.class);
        return http.build();
    }
}
