package org.candour.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A staff account as pages show it. {@code version} is the version that was read: changes made with it are
 * refused if someone else has changed the account since.
 */
public record StaffAccountSummary(UUID id, String username, String displayName, Set<Role> roles, boolean enabled,
                                  @Nullable Instant lockedUntil, long version,
                                  @Nullable UUID complaintBodyId, @Nullable String email) {

    public StaffAccountSummary {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
