package org.candour.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The response headers of every answer, pages and APIs alike (OWASP ASVS 14.4), set before anything else runs.
 * Spring Security's own header writing reaches its redirects and refusals but not the pages Vaadin serves, so the
 * headers are set here, first, and the writers after it leave a header that is already there alone (Vaadin too
 * keeps the X-Frame-Options it finds instead of its SAMEORIGIN).
 *
 * <p>The Content-Security-Policy forbids what Vaadin's client never needs: being framed, plugins, another base
 * URL, forms posting elsewhere. Script and style sources stay open: Vaadin's bootstrap and components use inline
 * scripts and styles. Nothing is stored by the browser ({@code no-store}: pages and their server round trips carry
 * personal data) except static files and the open data, which set their own caching.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

    public static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'";
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    /** One year, as Spring Security's default; sent over HTTPS only (browsers ignore it over HTTP). */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";
    /** Paths that set their own caching: Vaadin's static files, the portal's styles and images, the open data. */
    private static final List<String> CACHEABLE = List.of("/VAADIN/", "/styles/", "/images/", "/api/v1/statistics/");
    /** Files a page serves to its own session (an identity document, say): never static, never stored. */
    private static final String DYNAMIC = "/VAADIN/dynamic/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        // Secure behind nginx too: X-Forwarded-Proto from the trusted proxy makes the request secure.
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (CACHEABLE.stream().noneMatch(path::startsWith) || path.startsWith(DYNAMIC)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
