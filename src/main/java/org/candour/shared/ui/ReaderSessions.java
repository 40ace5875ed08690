package org.candour.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a reader's session as soon as its reader has gone, rather than 30 minutes later, so that a press spike's
 * thousand readers cost memory only while they read:
 * <ul>
 * <li>when a tab closes, the browser sends Vaadin's unload beacon and the server closes that tab's UI; once no UI of
 * a public session is left, the session is invalidated at once;</li>
 * <li>a reader whose browser sends no beacon (a phone that drops the page, a lost connection) falls silent. A public
 * session whose every tab shows a {@link ReadOnlyPage} (the statistics overview, say, whose measure and month are
 * in its address) and which has not been heard from (no action, no heartbeat) for
 * {@code candour.public-session.silent-after} is ended by the sweep. A reader who comes back to such a tab later
 * loses nothing: Vaadin reloads the page without a message, and the address shows the same figures.</li>
 * </ul>
 * Staff sessions are left to their timeouts (a closed tab must not sign anyone out), and so is every other public
 * session: one tracking a request, or holding a half-filled request ({@link #keepOpen}), which a reload must not lose.
 */
@Component
public class ReaderSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ReaderSessions.class);
    private static final String KEEP = ReaderSessions.class.getName() + ".keep";

    /** Public sessions with a tab, and when each was last heard from (any request: an action or a heartbeat). */
    private final Map<VaadinSession, Instant> lastHeard = new ConcurrentHashMap<>();
    private final Duration silentAfter;

    ReaderSessions(@Value("${candour.public-session.silent-after:45s}") Duration silentAfter) {
        this.silentAfter = silentAfter;
    }

    /** Marks the session as holding work the reader would lose, so closing its tabs leaves it open. */
    public static void keepOpen(VaadinSession session) {
        session.setAttribute(KEEP, Boolean.TRUE);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addDetachListener(detach -> closeIfLastReaderTab(ui));
            WrappedSession http = ui.getSession().getSession();
            if (http != null && !isStaff(http)) {
                lastHeard.put(ui.getSession(), Instant.now());
            }
        });
        event.getSource().addSessionDestroyListener(destroy -> lastHeard.remove(destroy.getSession()));
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                        Exception exception) {
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                if (session != null) {
                    lastHeard.computeIfPresent(session, (heard, before) -> Instant.now());
                }
            }
        });
    }

    @Scheduled(fixedDelayString = "${candour.public-session.sweep-every:5s}")
    void endSilentSessions() {
        endSessionsSilentAt(Instant.now());
    }

    /** Ends every public read-only session not heard from for {@code silentAfter} at {@code now}; returns how many. */
    int endSessionsSilentAt(Instant now) {
        int ended = 0;
        for (var entry : lastHeard.entrySet()) {
            if (entry.getValue().plus(silentAfter).isBefore(now)) {
                Silent silent = endIfReadOnly(entry.getKey());
                if (silent != Silent.LEFT_FOR_NOW) {
                    lastHeard.remove(entry.getKey());
                }
                ended += silent == Silent.ENDED ? 1 : 0;
            }
        }
        if (ended > 0) {
            log.debug("{} silent public sessions ended", ended);
        }
        return ended;
    }

    /** What the sweep did with a silent session: ended it, left it to its timeout, or left it until it is read-only. */
    private enum Silent { ENDED, NOT_PUBLIC, LEFT_FOR_NOW }

    private static Silent endIfReadOnly(VaadinSession session) {
        var silent = new Silent[] {Silent.NOT_PUBLIC};
        session.accessSynchronously(() -> {
            WrappedSession http = session.getSession();
            if (!mayEnd(session, http)) {
                return;
            }
            boolean readOnly = session.getUIs().stream().allMatch(ui -> ui.getInternals()
                    .getActiveRouterTargetsChain().stream().findFirst().filter(ReadOnlyPage.class::isInstance)
                    .isPresent());
            silent[0] = !readOnly ? Silent.LEFT_FOR_NOW : invalidate(http) ? Silent.ENDED : Silent.NOT_PUBLIC;
        });
        return silent[0];
    }

    private static void closeIfLastReaderTab(UI closed) {
        VaadinSession session = VaadinSession.getCurrent();
        // Only a UI closed during a request (the beacon's), not the UIs of a session already ending.
        if (session == null || VaadinRequest.getCurrent() == null || !closed.isClosing()) {
            return;
        }
        boolean otherTabs = session.getUIs().stream().anyMatch(ui -> ui != closed && !ui.isClosing());
        WrappedSession http = session.getSession();
        if (otherTabs || !mayEnd(session, http)) {
            return;
        }
        log.debug("Last tab of a public session closed: the session ends");
        invalidate(http);
    }

    private static boolean invalidate(WrappedSession http) {
        try {
            http.invalidate();
            return true;
        } catch (IllegalStateException alreadyInvalidated) {
            // Ended meanwhile: nothing left to return.
            return false;
        }
    }

    /** An open public session that holds no work of its own: the beacon and the sweep may end it. */
    private static boolean mayEnd(VaadinSession session, @Nullable WrappedSession http) {
        return session.getState() == VaadinSessionState.OPEN && http != null && !isStaff(http)
                && session.getAttribute(KEEP) == null;
    }

    private static boolean isStaff(WrappedSession http) {
        return http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().isAuthenticated()
                && !(context.getAuthentication() instanceof AnonymousAuthenticationToken);
    }
}
