package org.candour.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.NewStaffAccount;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * One staff account per role, a second oversight account in another complaint body and a second administrator
 * (roles that see personal data need two), for the local demo
 * (profile {@code demo}), all with the password {@link #PASSWORD} (listed in the README). An account that already
 * exists is left as it is, so restarts change nothing.
 */
@Component
@Profile("demo")
class DemoStaffAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-password-2026";
    static final String IOPC = "Independent Office for Police Conduct (IOPC)";
    static final String MONITORING_GROUP = "Hackney Stop and Search Monitoring Group";

    static final List<NewStaffAccount> ACCOUNTS = List.of(
            new NewStaffAccount("caseworker", "Casey Worker (demo)", Set.of(Role.CASEWORKER), PASSWORD),
            new NewStaffAccount("supervisor", "Sam Supervisor (demo)", Set.of(Role.SUPERVISOR, Role.CASEWORKER),
                    PASSWORD),
            new NewStaffAccount("oversight", "Olu Oversight (demo)", Set.of(Role.OVERSIGHT), PASSWORD),
            new NewStaffAccount("monitor", "Morgan Monitor (demo)", Set.of(Role.OVERSIGHT), PASSWORD),
            new NewStaffAccount("admin", "Alex Admin (demo)", Set.of(Role.ADMIN), PASSWORD),
            // A second administrator, to approve the roles that see personal data which the first one gives.
            new NewStaffAccount("admin2", "Blake Admin (demo)", Set.of(Role.ADMIN), PASSWORD));

    /** The complaint body each demo oversight account belongs to. */
    static final Map<String, String> BODIES = Map.of("oversight", IOPC, "monitor", MONITORING_GROUP);

    private final StaffAccounts accounts;
    private final ComplaintBodies bodies;

    DemoStaffAccounts(StaffAccounts accounts, ComplaintBodies bodies) {
        this.accounts = accounts;
        this.bodies = bodies;
    }

    @Override
    public void run(ApplicationArguments args) {
        ACCOUNTS.stream()
                .filter(account -> accounts.findByUsername(account.username()).isEmpty())
                .forEach(accounts::open);
        BODIES.forEach((username, body) -> {
            var id = bodies.openIfMissing(body).id();
            accounts.findByUsername(username).filter(account -> account.complaintBodyId() == null)
                    .ifPresent(account -> accounts.joinComplaintBody(account.id(), account.version(), id));
        });
    }
}
