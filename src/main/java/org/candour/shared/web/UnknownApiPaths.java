package org.candour.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
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
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnknownApiPaths(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /**
     * The fallback also catches a real endpoint's path when only its {@code produces} failed to match (an Accept
     * header it cannot meet): that is a 406 Not Acceptable, with no body since the client accepts none we give.
     */
    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        if (aRealEndpointIsHere(request)) {
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nothing is published at this "
                + "address. The open data API is described at /api/v1/statistics/openapi.yaml.");
        problem.setTitle("Not found");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private boolean aRealEndpointIsHere(HttpServletRequest request) {
        var mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        return mapping.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType() != UnknownApiPaths.class)
                .map(entry -> entry.getKey())
                .anyMatch(info -> info.getPathPatternsCondition() != null
                        && info.getPathPatternsCondition().getMatchingCondition(request) != null
                        && info.getMethodsCondition().getMatchingCondition(request) != null);
    }
}
