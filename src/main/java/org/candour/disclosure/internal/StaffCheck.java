package org.candour.disclosure.internal;

import java.util.Arrays;
import org.candour.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in member of staff, checked against roles in the services as well as on the pages. */
public final class StaffCheck {

    private StaffCheck() {
    }

    /** The username of the signed-in member of staff, refused unless they hold one of {@code roles}. */
    public static String require(String what, Role... roles) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Sign in as a member of staff.");
        }
        boolean allowed = authentication.getAuthorities().stream().anyMatch(granted -> Arrays.stream(roles)
                .anyMatch(role -> role.authority().equals(granted.getAuthority())));
        if (!allowed) {
            throw new AccessDeniedException("Your roles do not allow you to " + what + ".");
        }
        return authentication.getName();
    }
}
