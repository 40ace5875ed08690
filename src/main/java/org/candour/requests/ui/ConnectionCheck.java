package org.candour.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.candour.requests.WorkChallenge;
import org.candour.requests.WorkSolution;

/**
 * The proof-of-work check a connection near its limit goes through, in place of a captcha: the browser works out
 * the answer to the server's challenge by itself (proof-of-work.js, with Web Crypto), with nothing to click or
 * read, while a status message tells screen reader users and everyone else what is happening. Nothing is sent to
 * anyone but the portal.
 */
class ConnectionCheck extends Div {

    static final String CHECKING = "Many requests have come from your connection recently, so we are checking "
            + "your connection. This takes a few seconds. You do not need to do anything.";
    static final String FAILED = "We could not check your connection. Your answers have been kept. Try again, or "
            + "use another browser.";
    /** A solution refused this many times in a row (it expired, say) stops the checking instead of looping. */
    static final int MAX_ROUNDS = 3;
    private static final String SCRIPT = script();

    private final Paragraph status = new Paragraph();

    ConnectionCheck() {
        setId("connection-check");
        status.setId("connection-check-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        add(status);
    }

    /** Works on {@code challenge} in the browser, then hands the solution on; {@code failed} if it cannot. */
    void solve(WorkChallenge challenge, Consumer<WorkSolution> solved, Runnable failed) {
        status.setText(CHECKING);
        addClassName("checking");
        getElement().executeJs(SCRIPT, challenge.challenge(), challenge.difficulty()).then(String.class, nonce -> {
            done();
            solved.accept(new WorkSolution(challenge.challenge(), nonce));
        }, error -> {
            done();
            failed.run();
        });
    }

    void done() {
        status.setText("");
        removeClassName("checking");
    }

    static String clientAddress() {
        var session = VaadinSession.getCurrent();
        return session == null ? "unknown" : session.getBrowser().getAddress();
    }

    private static String script() {
        try (InputStream in = ConnectionCheck.class.getResourceAsStream("proof-of-work.js")) {
            if (in == null) {
                throw new IllegalStateException("proof-of-work.js is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
