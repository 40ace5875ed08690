package org.candour.requests.internal;

import java.util.Arrays;
import java.util.UUID;
import org.candour.identity.ComplaintBodies;
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

    private final ComplaintBodies complaintBodies;

    CurrentStaff(ComplaintBodies complaintBodies) {
        this.complaintBodies = complaintBodies;
    }

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

    /** The complaint body the signed-in member of staff works for; refused if they belong to none. */
    public UUID complaintBody() {
        return complaintBodies.bodyOf(authentication().getName()).orElseThrow(() -> new AccessDeniedException(
                "Your account does not belong to a complaint body. Ask an administrator to add it to one."));
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
