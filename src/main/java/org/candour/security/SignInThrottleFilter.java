package org.candour.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.candour.identity.SignInThrottle;
import org.candour.shared.web.JsonRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt, before any password is checked, from a client that must wait
 * ({@link SignInThrottle}): a form sign-in goes back to the sign-in page, which says how long to wait; an HTTP Basic
 * call gets 429 with {@code Retry-After}. Runs ahead of Spring Security's filters, so the right password does not
 * help either while the client waits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String FORM_SIGN_IN = "/login";
    static final String THROTTLED_PARAMETER = "throttled";

    private final SignInThrottle throttle;
    private final Clock clock;

    SignInThrottleFilter(SignInThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isFormSignIn(request) && !hasBasicCredentials(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = throttle.waitUntil(request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = secondsUntil(wait.get());
        if (isFormSignIn(request)) {
            response.sendRedirect(request.getContextPath() + FORM_SIGN_IN + "?" + THROTTLED_PARAMETER + "=" + seconds);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        JsonRefusal.write(response, HttpStatus.TOO_MANY_REQUESTS);
    }

    private long secondsUntil(Instant until) {
        return Math.max(1, (Duration.between(clock.instant(), until).toMillis() + 999) / 1000);
    }

    private static boolean isFormSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && FORM_SIGN_IN.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
