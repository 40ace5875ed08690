package org.candour.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A staff account as pages show it. {@code waitingForApproval}: roles asked for it that a second administrator has
 * not approved yet (it does not have them). {@code version} is the version that was read: changes made with it are
 * refused if someone else has changed the account since.
 */
public record StaffAccountSummary(UUID id, String username, String displayName, Set<Role> roles, boolean enabled,
                                  @Nullable Instant lockedUntil, long version,
                                  @Nullable UUID complaintBodyId, @Nullable String email,
                                  Set<Role> waitingForApproval) {

    public StaffAccountSummary {
        roles = Set.copyOf(roles);
        waitingForApproval = Set.copyOf(waitingForApproval);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
