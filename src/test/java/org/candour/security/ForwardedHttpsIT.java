package org.candour.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind nginx, which ends TLS and forwards the scheme in X-Forwarded-Proto: an answer to a request that came over
 * HTTPS carries HSTS and a Secure session cookie; one over plain HTTP carries neither (HSTS over HTTP is ignored
 * by browsers, and a Secure cookie would never come back). The loopback address is a trusted proxy here, as nginx's
 * address is in production; from anyone else the header is ignored ({@link UntrustedForwardedHeadersIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHttpsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A page that opens a session (a Vaadin page does), so its answer sets the session cookie. */
    private static final String PAGE = "/login";

    static HttpHeaders get(int port, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PAGE)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).headers();
    }

    static List<String> sessionCookies(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
    }

    @LocalServerPort
    int port;

    @Test
    void overHttpsTheAnswerCarriesHstsAndASecureSessionCookie() throws Exception {
        var headers = get(port, "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");

        assertThat(headers.allValues("Strict-Transport-Security"))
                .containsExactly("max-age=31536000 ; includeSubDomains");
        assertThat(sessionCookies(headers)).singleElement().asString()
                .contains("; Secure", "; HttpOnly", "SameSite=Lax");
    }

    @Test
    void overPlainHttpNeitherHstsNorASecureCookie() throws Exception {
        var headers = get(port);

        assertThat(headers.allValues("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookies(headers)).singleElement().asString().contains("; HttpOnly")
                .doesNotContain("Secure");
    }
}
