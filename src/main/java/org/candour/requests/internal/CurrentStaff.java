package org.candour.requests.internal;

import java.util.Arrays;
import org.candour.identity.Role;
import org.candour.requests.domain.Officer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in member of staff, from Spring Security. Services check roles here as well as the views do, so
 * an action is refused even if a page offered it by mistake.
 */
@Component
public class CurrentStaff {

    public Officer officer() {
        var authentication = authentication();
        return new Officer(authentication.getName(), has(authentication, Role.SUPERVISOR));
    }

    public boolean has(Role role) {
        return has(authentication(), role);
    }

    /** Refuses unless the member of staff has one of {@code roles}. */
    public Officer require(String what, Role... roles) {
        var authentication = authentication();
        if (Arrays.stream(roles).noneMatch(role -> has(authentication, role))) {
            throw new AccessDeniedException("Your roles do not allow you to " + what + ".");
        }
        return officer();
    }

    private static boolean has(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    private static Authentication authentication() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Sign in as a member of staff.");
        }
        return authentication;
    }
}
