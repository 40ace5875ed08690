package org.candour.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import com.vaadin.flow.server.WrappedSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a reader's session as soon as its last tab is closed, rather than 30 minutes later. When a tab closes, the
 * browser sends Vaadin's unload beacon and the server closes that tab's UI; once no UI of a public session is left,
 * the session is invalidated and its memory returned. A press spike's thousand readers thus cost memory only
 * while they read. Staff sessions are left to their timeouts (a closed tab must not sign anyone out), and so is a
 * session that holds work of its own, such as a half-filled request ({@link #keepOpen}), which a reload must not lose.
 */
@Component
public class ReaderSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ReaderSessions.class);
    private static final String KEEP = ReaderSessions.class.getName() + ".keep";

    /** Marks the session as holding work the reader would lose, so closing its tabs leaves it open. */
    public static void keepOpen(VaadinSession session) {
        session.setAttribute(KEEP, Boolean.TRUE);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addDetachListener(detach -> closeIfLastReaderTab(ui));
        });
    }

    private static void closeIfLastReaderTab(UI closed) {
        VaadinSession session = VaadinSession.getCurrent();
        // Only a UI closed during a request (the beacon's), not the UIs of a session already ending.
        if (session == null || VaadinRequest.getCurrent() == null || session.getState() != VaadinSessionState.OPEN
                || !closed.isClosing() || session.getAttribute(KEEP) != null) {
            return;
        }
        boolean otherTabs = session.getUIs().stream().anyMatch(ui -> ui != closed && !ui.isClosing());
        WrappedSession http = session.getSession();
        if (otherTabs || http == null || isStaff(http)) {
            return;
        }
        log.debug("Last tab of a public session closed: the session ends");
        try {
            http.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // Ended meanwhile: nothing left to return.
        }
    }

    private static boolean isStaff(WrappedSession http) {
        return http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().isAuthenticated()
                && !(context.getAuthentication() instanceof AnonymousAuthenticationToken);
    }
}
