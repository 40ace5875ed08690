package org.candour.shared.web;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A path under {@code /api/} that no endpoint answers is a 404 problem in JSON ({@code application/problem+json}),
 * never the pages' HTML "Page not found" (with status 200) nor a redirect to the sign-in page: a program asked, so a
 * program must be able to read the answer. Every real endpoint's mapping is more specific than {@code /api/**}, and
 * the staff APIs' own security chains come first, so they still refuse strangers themselves.
 */
@Configuration(proxyBeanMethods = false)
@RestController
class UnknownApiPaths {

    /** After the chains of the real APIs (orders 0 to 2), before the pages' chain. */
    @Bean
    @Order(3)
    SecurityFilterChain unknownApiPathsSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> notFound() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nothing is published at this "
                + "address. The open data API is described at /api/v1/statistics/openapi.yaml.");
        problem.setTitle("Not found");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
