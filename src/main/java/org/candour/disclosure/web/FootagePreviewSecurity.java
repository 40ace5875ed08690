package org.candour.disclosure.web;

import org.candour.security.SecondFactorGate;
import org.candour.identity.Roles;
import org.candour.shared.web.JsonRefusal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Access to staff footage preview, ahead of the pages' chain: the signed-in session of a caseworker or supervisor
 * (the page's video element sends its cookie). Not signed in: 401; another role: 403. Both written here, as the
 * pages' error handling would redirect a video element to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class FootagePreviewSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain footagePreviewSecurityFilterChain(HttpSecurity http, SecondFactorGate secondFactor)
            throws Exception {
        http.securityMatcher(FootagePreviewController.PATH + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyRole(Roles.CASEWORKER, Roles.SUPERVISOR))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                JsonRefusal.write(response, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, e) ->
                                JsonRefusal.write(response, HttpStatus.FORBIDDEN)))
                .requestCache(cache -> cache.disable());
        http.addFilterBefore(secondFactor, AuthorizationFilter.class);
        return http.build();
    }
}
