package org.candour.identity.internal;

import java.util.List;
import java.util.Set;
import org.candour.identity.NewStaffAccount;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * One staff account per role for the local demo (profile {@code demo}), all with the password {@link #PASSWORD}
 * (listed in the README). An account that already exists is left as it is, so restarts change nothing.
 */
@Component
@Profile("demo")
class DemoStaffAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-password-2026";

    static final List<NewStaffAccount> ACCOUNTS = List.of(
            new NewStaffAccount("caseworker", "Casey Worker (demo)", Set.of(Role.CASEWORKER), PASSWORD),
            new NewStaffAccount("supervisor", "Sam Supervisor (demo)", Set.of(Role.SUPERVISOR, Role.CASEWORKER),
                    PASSWORD),
            new NewStaffAccount("oversight", "Olu Oversight (demo)", Set.of(Role.OVERSIGHT), PASSWORD),
            new NewStaffAccount("admin", "Alex Admin (demo)", Set.of(Role.ADMIN), PASSWORD));

    private final StaffAccounts accounts;

    DemoStaffAccounts(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        ACCOUNTS.stream()
                .filter(account -> accounts.findByUsername(account.username()).isEmpty())
                .forEach(accounts::open);
    }
}
