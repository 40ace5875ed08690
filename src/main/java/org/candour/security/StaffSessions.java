package org.candour.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.candour.identity.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session on its next request, on whichever node it lands, when the account changed under it (roles,
 * complaint body, password reset: its session epoch moved on), when the account was disabled, or when the session
 * is older than {@code candour.security.session.absolute-lifetime} however busy it was. Idle sessions are ended by
 * the servlet container ({@code server.servlet.session.timeout}), with Vaadin's heartbeats not counted as use
 * ({@code vaadin.closeIdleSessions}). Runs inside Spring Security's filters, where the signed-in user is known: the
 * session is invalidated and the request goes on signed out, so a page request lands on the sign-in page and a
 * Vaadin request finds its session gone. The signed-in user is read from the session itself, not from the
 * security context holder, whose strategy Vaadin replaces (and which several application contexts in one JVM,
 * as in the tests, would share).
 */
@Component
class StaffSessions extends OncePerRequestFilter {

    static final String EPOCH = StaffSessions.class.getName() + ".epoch";
    static final String SIGNED_IN_AT = StaffSessions.class.getName() + ".signedInAt";
    private static final Logger LOG = LoggerFactory.getLogger(StaffSessions.class);

    private final StaffAccounts accounts;
    private final Clock clock;
    private final Duration absoluteLifetime;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    StaffSessions(StaffAccounts accounts, Clock clock,
                  @Value("${candour.security.session.absolute-lifetime:PT10H}") Duration absoluteLifetime,
                  ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.accounts = accounts;
        this.clock = clock;
        this.absoluteLifetime = absoluteLifetime;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var authentication = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context ? context.getAuthentication() : null;
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            check(session, authentication.getName());
        }
        chain.doFilter(request, response);
    }

    private void check(HttpSession session, String username) {
        var epoch = accounts.sessionEpoch(username);
        Instant now = clock.instant();
        if (session.getAttribute(EPOCH) == null && epoch.isPresent()) {
            session.setAttribute(EPOCH, epoch.get());
            session.setAttribute(SIGNED_IN_AT, now);
            return;
        }
        String reason = epoch.isEmpty() ? "the account is disabled"
                : !epoch.get().equals(session.getAttribute(EPOCH)) ? "the account was changed"
                : !now.isBefore(((Instant) session.getAttribute(SIGNED_IN_AT)).plus(absoluteLifetime))
                ? "the session reached its absolute lifetime" : null;
        if (reason != null) {
            LOG.info("Ended a staff session: {}", reason);
            session.invalidate();
            SecurityContextHolder.clearContext();
            strategy.ifAvailable(SecurityContextHolderStrategy::clearContext);
        }
    }
}
