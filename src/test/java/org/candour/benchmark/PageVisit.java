package org.candour.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A visitor's first view of a page, over HTTP exactly as a browser sends it: the page itself (which starts the
 * HTTP session), Flow's init request (which makes the UI), the client's first UIDL request, the navigation event
 * that builds the view on the server, and then the images the view shows (charts are served by Vaadin's download
 * handlers).
 */
public final class PageVisit {

    /** The requests of a visit, in order. */
    public enum Step { PAGE, INIT, VIEW, IMAGES }

    /** What a desktop browser in London sends with the init request (Flow.js, collectBrowserDetails). */
    private static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1600&v-bh=960&v-bw=1600&v-tzo=0"
            + "&v-dstd=60&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon&v-td=false&v-pr=1&v-np=Linux%20x86_64"
            + "&v-cs=&v-pv=visible&v-fs=&v-so=&v-soa=";

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern IMAGE =
            Pattern.compile("\"key\":\"src\",\"feat\":\\d+,\"value\":\\{\"uri\":\"(VAADIN/dynamic/resource/[^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public PageVisit(int port) {
        base = "http://localhost:" + port + "/";
    }

    /** Visits {@code page} (a route, such as "statistics"). */
    public void open(String page) throws Exception {
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
        var images = new ArrayList<String>();
        IMAGE.matcher(view.body()).results().forEach(m -> images.add(m.group(1)));
        for (String image : images) {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + image)).header("Cookie", cookie)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length == 0) {
                throw new IllegalStateException(image + " answered " + response.statusCode());
            }
        }
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException(response.uri() + " started no session"));
    }

    static List<String> publicPages() {
        return List.of("", "statistics", "request-footage", "track");
    }
}
