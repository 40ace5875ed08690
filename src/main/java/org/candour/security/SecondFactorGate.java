package org.candour.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;
import org.candour.identity.TwoFactor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a member of staff whose roles need two-factor sign-in ({@link TwoFactor}) has given their code in this
 * session, their session holds one authority only, {@value #PENDING}: no staff page, API or file opens, and a
 * staff page asked for by address sends them to the code page. HTTP Basic cannot give a code, so such
 * roles get nothing over Basic (Monitoring, metrics only, needs no code). The session remembers who gave the code.
 */
public final class SecondFactorGate extends OncePerRequestFilter {

    public static final String PENDING = "ROLE_SECOND_FACTOR";
    public static final String CODE_PAGE = "staff/two-factor";
    /** The username that gave its code in this session (a session attribute). */
    public static final String PASSED = SecondFactorGate.class.getName() + ".passed";

    private final TwoFactor twoFactor;
    /** This application's own strategy (Vaadin's), not the static holder's, which every context in a JVM shares. */
    private final SecurityContextHolderStrategy strategy;

    SecondFactorGate(TwoFactor twoFactor, SecurityContextHolderStrategy strategy) {
        this.twoFactor = twoFactor;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = strategy.getContext().getAuthentication();
        if (needsCode(authentication, request)) {
            downgrade(authentication, request);
        }
        if (owesCode() && isStaffPage(request)) {
            response.sendRedirect(request.getContextPath() + "/" + CODE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Leaves the session only the pending authority until the code is given. */
    private void downgrade(Authentication authentication, HttpServletRequest request) {
        var pending = strategy.createEmptyContext();
        pending.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(),
                null, List.of(new SimpleGrantedAuthority(PENDING))));
        strategy.setContext(pending);
        // Kept in the session too, so that Vaadin, which reads the session's context, sees only the pending one.
        var session = request.getSession(false);
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, pending);
        }
    }

    /**
     * The code was given: the session gets the account's own roles back (from its principal, as signed in with the
     * password) and remembers who gave it.
     */
    public void passed(BiConsumer<String, Object> sessionAttributes) {
        var pending = strategy.getContext().getAuthentication();
        if (pending == null || !(pending.getPrincipal() instanceof UserDetails user)) {
            throw new IllegalStateException("No sign-in waits for its code");
        }
        var full = strategy.createEmptyContext();
        full.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(full);
        sessionAttributes.accept(PASSED, user.getUsername());
        sessionAttributes.accept(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, full);
    }

    private boolean needsCode(Authentication authentication, HttpServletRequest request) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || !twoFactor.isRequiredFor(authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList())) {
            return false;
        }
        var session = request.getSession(false);
        return session == null || !authentication.getName().equals(session.getAttribute(PASSED));
    }

    /** Whether the member of staff signed in now has given the password but still owes the code. */
    public boolean owesCode() {
        return isPending(strategy.getContext().getAuthentication());
    }

    private static boolean isPending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(PENDING::equals);
    }

    /** A staff page opened by its address (not Vaadin's own requests, which carry {@code v-r}). */
    private static boolean isStaffPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && (path.equals("/staff") || path.startsWith("/staff/")) && !path.equals("/" + CODE_PAGE);
    }
}
