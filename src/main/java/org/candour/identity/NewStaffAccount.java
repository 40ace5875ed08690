package org.candour.identity;

import java.util.Set;

/** What an administrator enters to open an account: the initial password is given to its holder in person. */
public record NewStaffAccount(String username, String displayName, Set<Role> roles, String initialPassword) {

    public NewStaffAccount {
        roles = Set.copyOf(roles);
    }
}
