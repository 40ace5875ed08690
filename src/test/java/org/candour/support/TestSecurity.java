package org.candour.support;

import java.util.Arrays;
import java.util.function.Supplier;
import org.candour.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a signed-in member of staff with the given roles, as the views would. */
public final class TestSecurity {

    private TestSecurity() {
    }

    public static <T> T as(String username, Role role, Supplier<T> action) {
        return as(username, new Role[] {role}, action);
    }

    public static <T> T as(String username, Role[] roles, Supplier<T> action) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous); // calls may nest
        }
    }

    public static void run(String username, Role role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }
}
