package org.candour.search.internal;

import java.util.Set;
import org.candour.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may search all requests: caseworkers, supervisors and administrators. Complaint bodies see only the
 * requests linked to their own complaints, so a signed-in user without one of these roles is refused here as well
 * as by the pages. Calls outside any sign-in (start-up, benchmarks) are the portal's own and allowed.
 */
public final class SearchAccess {

    private static final Set<String> ALLOWED = Set.of(Role.CASEWORKER.authority(), Role.SUPERVISOR.authority(),
            Role.ADMIN.authority());

    private SearchAccess() {
    }

    public static void require(String what) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return;
        }
        if (authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(ALLOWED::contains)) {
            throw new AccessDeniedException("Your roles do not allow you to " + what + ".");
        }
    }
}
