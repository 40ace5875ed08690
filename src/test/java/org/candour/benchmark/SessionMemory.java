package org.candour.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Vaadin memory per session: opens real UI sessions over HTTP exactly as a browser's first visit does (the page,
 * which starts the HTTP session; Flow's init request, which makes the UI; the client's navigation event, which
 * builds the view on the server) and measures the heap they hold after full collections.
 */
final class SessionMemory {

    /** What a desktop browser in London sends with the init request (Flow.js, collectBrowserDetails). */
    private static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1600&v-bh=960&v-bw=1600&v-tzo=0"
            + "&v-dstd=60&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon&v-td=false&v-pr=1&v-np=Linux%20x86_64"
            + "&v-cs=&v-pv=visible&v-fs=&v-so=&v-soa=";

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Manager sessions;

    SessionMemory(ConfigurableApplicationContext context) {
        var server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        base = "http://localhost:" + server.getPort() + "/";
        sessions = ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    /** Opens a few sessions of every page, so that what every session shares is loaded before measuring. */
    void warmUp() throws Exception {
        for (String page : pages()) {
            for (int i = 0; i < 20; i++) {
                openOne(page);
            }
        }
    }

    /**
     * Heap held per UI session of {@code page}, in bytes: the growth of the heap (after full collections) while
     * {@code count} more sessions are opened. Sessions are never closed in between: memory freed during a
     * measurement would be counted against it.
     */
    double bytesPerSession(String page, int count) throws Exception {
        long before = heapAfterFullGc();
        int open = sessions.findSessions().length;
        for (int i = 0; i < count; i++) {
            openOne(page);
        }
        long after = heapAfterFullGc();
        int opened = sessions.findSessions().length - open;
        if (opened != count) {
            throw new IllegalStateException(count + " sessions opened but the server holds " + opened + " more");
        }
        return (after - before) / (double) count;
    }

    /**
     * One visitor: the page (which starts the session), Flow's init request (which makes the UI) and the client's
     * first UIDL request, the navigation event that builds the view.
     */
    private void openOne(String page) throws Exception {
        var first = http.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(first);
        var init = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location="
                + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&query=" + BROWSER + "&v-curdate="
                + System.currentTimeMillis())).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        var ui = UI_ID.matcher(init.body());
        var key = SECURITY_KEY.matcher(init.body());
        if (first.statusCode() != 200 || init.statusCode() != 200 || !ui.find() || !key.find()) {
            throw new IllegalStateException("The UI of /" + page + " did not start: " + first.statusCode() + ", "
                    + init.statusCode() + " " + init.body().substring(0, Math.min(300, init.body().length())));
        }
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + page + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,"
                + "\"clientId\":0}";
        var view = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        if (view.statusCode() != 200 || !view.body().contains("skip-link")) {
            throw new IllegalStateException("The view /" + page + " was not built: " + view.statusCode() + " "
                    + view.body().substring(0, Math.min(500, view.body().length())));
        }
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException(response.uri() + " started no session"));
    }

    static long heapAfterFullGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static List<String> pages() {
        return List.of("", "statistics", "request-footage", "track");
    }
}
