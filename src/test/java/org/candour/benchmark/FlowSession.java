package org.candour.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One browser tab speaking Vaadin Flow's protocol over HTTP, as {@link PageVisit} does for a first visit, and then
 * on: UI events (an element's DOM event with its event data, a navigation), each a UIDL request that carries the
 * server's last sync id and the next client id, as Flow's client sends them; staff sign-in through the login form;
 * and the beacon the client sends when the tab is closed ({@code UNLOAD}), which closes the UI on the server.
 * Every answer is checked: a status other than 200, an expired session or a resynchronisation is an error.
 */
public final class FlowSession {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern IMAGE =
            Pattern.compile("\"key\":\"src\",\"feat\":\\d+,\"value\":\\{\"uri\":\"(VAADIN/dynamic/resource/[^\"]+)\"");
    private static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1600&v-bh=960&v-bw=1600&v-tzo=0"
            + "&v-dstd=60&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon&v-td=false&v-pr=1&v-np=Linux%20x86_64"
            + "&v-cs=&v-pv=visible&v-fs=&v-so=&v-soa=";

    /** Every HTTP request any session sent, for throughput. */
    static final LongAdder REQUESTS = new LongAdder();

    private final HttpClient http;
    private final String base;
    private @Nullable String cookie;
    private String uiId = "";
    private String csrf = "";
    private int syncId;
    private int clientId;

    public FlowSession(HttpClient http, int port) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port + "/";
    }

    /** Signs in through the login form, as the login page posts it; the session id changes (fixation). */
    public void signIn(String user, String password) throws IOException, InterruptedException {
        var page = send(HttpRequest.newBuilder(URI.create(base + "login")), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF_META.matcher(page.body());
        String form = "username=" + encode(user) + "&password=" + encode(password)
                + (token.find() ? "&_csrf=" + encode(token.group(1)) : "");
        var answer = send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
            throw new IllegalStateException("Sign-in of " + user + " refused: " + answer.statusCode() + " " + location);
        }
    }

    /**
     * The tab leaves its page for {@code route} (a page load, not a link followed in the page): the browser sends
     * the old page's unload beacon, so the server closes its UI, and then opens the new one.
     */
    public String leaveFor(String route) throws IOException, InterruptedException {
        if (!uiId.isEmpty()) {
            closeTab();
        }
        return open(route);
    }

    /**
     * Opens {@code route} in a new tab of this session: the page, Flow's init request, the view, its images. Returns
     * the view's answer, to find nodes in ({@link #nodeWith}); a tab keeps no answer, as the load generator's memory
     * is measured with the portal's.
     */
    public String open(String route) throws IOException, InterruptedException {
        var page = send(HttpRequest.newBuilder(URI.create(base + route)), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("/" + route + " answered " + page.statusCode());
        }
        var init = send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=" + encode(route) + "&query="
                + BROWSER + "&v-curdate=" + System.currentTimeMillis())), HttpResponse.BodyHandlers.ofString());
        var ui = UI_ID.matcher(init.body());
        var key = SECURITY_KEY.matcher(init.body());
        if (init.statusCode() != 200 || !ui.find() || !key.find()) {
            throw new IllegalStateException("The UI of /" + route + " did not start: " + init.statusCode());
        }
        uiId = ui.group(1);
        csrf = key.group(1);
        syncId = 0;
        clientId = 0;
        String view = navigate(route);
        if (!view.contains("skip-link")) {
            throw new IllegalStateException("The view /" + route + " was not built: " + excerpt(view));
        }
        return view;
    }

    /** A navigation inside the open tab (a link in the page), which builds the view on the server. */
    public String navigate(String route) throws IOException, InterruptedException {
        int question = route.indexOf('?');
        String path = question < 0 ? route : route.substring(0, question);
        String query = question < 0 ? "" : route.substring(question + 1);
        String body = rpc("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + path + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}");
        images(body);
        return body;
    }

    /** A DOM event on a node with its event data (a JSON object), such as a native select's "change". */
    public String event(int node, String event, String data) throws IOException, InterruptedException {
        String body = rpc("{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + event + "\",\"data\":" + data
                + "}");
        images(body);
        return body;
    }

    /** The node whose change in {@code answer} holds {@code text} (such as a select's label and id). */
    public static int nodeWith(String answer, String text) {
        int at = answer.indexOf(text);
        int node = at < 0 ? -1 : answer.lastIndexOf("\"node\":", at);
        if (node < 0) {
            throw new IllegalStateException("No node holds " + text + " in " + excerpt(answer));
        }
        Matcher digits = NUMBER.matcher(answer).region(node + 7, answer.length());
        if (!digits.lookingAt()) {
            throw new IllegalStateException("No node id before " + text);
        }
        return Integer.parseInt(digits.group());
    }

    /** The servlet session's id this tab holds, or null before the server set one. */
    public @Nullable String sessionId() {
        return cookie == null ? null : cookie.substring(cookie.indexOf('=') + 1);
    }

    /** What a browser sends when the tab is closed: the server closes the UI. */
    public void closeTab() throws IOException, InterruptedException {
        String message = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + ",\"UNLOAD\":true}";
        send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)), HttpResponse.BodyHandlers.discarding());
    }

    private String rpc(String invocation) throws IOException, InterruptedException {
        String message = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + invocation + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        var answer = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)), HttpResponse.BodyHandlers.ofString());
        String body = answer.body();
        if (answer.statusCode() != 200 || body.contains("\"sessionExpired\"") || body.contains("\"appError\"")
                || body.contains("\"resynchronize\"")) {
            throw new IllegalStateException("UIDL request answered " + answer.statusCode() + " " + excerpt(body));
        }
        Matcher sync = SYNC_ID.matcher(body);
        Matcher client = CLIENT_ID.matcher(body);
        if (!sync.find() || !client.find()) {
            throw new IllegalStateException("UIDL answer without sync or client id: " + excerpt(body));
        }
        syncId = Integer.parseInt(sync.group(1));
        clientId = Integer.parseInt(client.group(1));
        return body;
    }

    private void images(String body) throws IOException, InterruptedException {
        List<String> images = new ArrayList<>();
        IMAGE.matcher(body).results().forEach(m -> images.add(m.group(1)));
        for (String image : images) {
            var answer = send(HttpRequest.newBuilder(URI.create(base + image)),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200 || answer.body().length == 0) {
                throw new IllegalStateException(image + " answered " + answer.statusCode());
            }
        }
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        REQUESTS.increment();
        var answer = http.send(request.build(), body);
        answer.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().ifPresent(c -> cookie = c);
        return answer;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String excerpt(String body) {
        return body.substring(0, Math.min(400, body.length()));
    }
}
