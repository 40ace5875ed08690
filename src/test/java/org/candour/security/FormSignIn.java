package org.candour.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Signs in the way the sign-in page's form does: a fresh browser session fetches the page (and its CSRF token),
 * then posts username and password to /login. Redirects are not followed, so tests see where they lead.
 */
final class FormSignIn {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    /** Where the form post redirected to, and the session cookie before and after it. */
    record Outcome(String location, String sessionBefore, String sessionAfter) {

        boolean signedIn() {
            return location.endsWith("/staff");
        }
    }

    private final String baseUrl;
    private final String clientAddress;

    /** Sign-ins from this client address, as nginx would pass it on (X-Forwarded-For from a trusted proxy). */
    FormSignIn(int port, String clientAddress) {
        this.baseUrl = "http://localhost:" + port;
        this.clientAddress = clientAddress;
    }

    Outcome signIn(String username, String password) {
        var cookies = new CookieManager();
        var client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        var page = send(client, HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("X-Forwarded-For", clientAddress).GET().build()).body();
        String sessionBefore = session(cookies);
        String form = field(find(CSRF_PARAMETER, page), find(CSRF, page)) + "&" + field("username", username) + "&"
                + field("password", password);
        var response = send(client, HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("X-Forwarded-For", clientAddress)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 302) {
            throw new AssertionError("Expected a redirect from the sign-in form, got " + response.statusCode());
        }
        return new Outcome(response.headers().firstValue("Location").orElseThrow(), sessionBefore, session(cookies));
    }

    /** A page request in the session given, without following redirects. */
    HttpResponse<String> get(String path, String session) {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return send(client, HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-Forwarded-For", clientAddress)
                .header("Cookie", "JSESSIONID=" + session).GET().build());
    }

    /** Whether a request in this session still finds it: a request in an ended session is given a new one. */
    boolean sessionLives(String session) {
        return get("/staff", session).headers().allValues("Set-Cookie").stream()
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private static String find(Pattern pattern, String page) {
        var matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("The sign-in page has no " + pattern);
        }
        return matcher.group(1);
    }

    private static String field(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
