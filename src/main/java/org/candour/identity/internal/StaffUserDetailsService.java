package org.candour.identity.internal;

import java.time.Clock;
import org.candour.identity.Role;
import org.candour.identity.domain.StaffAccount;
import org.candour.identity.domain.StaffAccountRepository;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts as Spring Security sees them: roles become {@code ROLE_*} authorities, a disabled account is not
 * enabled and a locked one is not "non-locked" at this moment. Spring Security refuses both before it checks the
 * password; the sign-in page shows the same neutral message for every refusal.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;
    private final Clock clock;

    StaffUserDetailsService(StaffAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(StaffAccount.normaliseUsername(username))
                .map(this::toUserDetails)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account with that username"));
    }

    private UserDetails toUserDetails(StaffAccount account) {
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .disabled(!account.isEnabled())
                .accountLocked(account.isLocked(clock.instant()))
                .build();
    }
}
