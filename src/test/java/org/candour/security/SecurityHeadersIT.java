package org.candour.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every page route (found by scanning for Vaadin's {@code @Route}, so a new page is covered without listing it
 * here), every API and the management endpoints answer with the security headers (OWASP ASVS 14.4), whether they
 * serve, redirect to sign in or refuse; staff pages are never stored by the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    static Stream<String> paths() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var paths = new ArrayList<String>();
        scanner.findCandidateComponents("org.candour").forEach(candidate -> {
            Route route = routeOf(Objects.requireNonNull(candidate.getBeanClassName()));
            // a parameter segment such as ":reference" or ":id([0-9a-f-]{36})" gets a sample value
            paths.add("/" + route.value().replaceAll(":id\\([^)]*\\)", "00000000-0000-0000-0000-000000000000")
                    .replaceAll(":[a-z]+", "sample"));
        });
        assertThat(paths).hasSizeGreaterThan(20).contains("/staff/queue", "/track", "/login");
        paths.addAll(List.of("/api/v1/statistics/releases", "/api/v1/statistics/no-such-thing",
                "/api/v1/statistics/calendar.ics", "/api/v1/statistics/releases.atom",
                "/api/v1/audit/verification", "/api/v1/footage/recordings", "/actuator/health",
                "/actuator/metrics", "/no-such-page", "/api/no-such-api",
                "/api/v1/statistics/releases/latest/charts/league-2031-02.png",
                "/delivery/00000000-0000-0000-0000-000000000000/no-such-pass"));
        return paths.stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void everyAnswerCarriesTheSecurityHeaders(String path) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        var headers = response.headers();

        assertThat(headers.firstValue("Content-Security-Policy")).as("CSP").get().asString()
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as("Permissions-Policy").get().asString()
                .contains("camera=()");
        if (!path.startsWith("/api/v1/statistics")) {
            assertThat(headers.allValues("Cache-Control")).as("Cache-Control").isNotEmpty()
                    .allSatisfy(value -> assertThat(value).contains("no-store"));
        }
        assertThat(headers.allValues("Content-Security-Policy")).hasSize(1);
    }

    private static Route routeOf(String className) {
        try {
            return Class.forName(className).getAnnotation(Route.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
