package org.candour.identity.internal;

import java.util.Set;
import org.candour.identity.InvalidAccountException;
import org.candour.identity.NewStaffAccount;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * A new installation has no administrator to open the first staff accounts. With
 * {@code CANDOUR_BOOTSTRAP_ADMIN_USERNAME} and {@code CANDOUR_BOOTSTRAP_ADMIN_PASSWORD} set, the first start opens
 * that administrator, once: while any enabled administrator exists it does nothing, so the variables can (and
 * should) be removed after the first start. The password must pass the usual rules; it is never logged.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffAccounts accounts;
    private final String username;
    private final String password;

    FirstAdministrator(StaffAccounts accounts, @Value("${candour.bootstrap.admin.username:}") String username,
                       @Value("${candour.bootstrap.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || password.isEmpty() || anEnabledAdministratorExists()) {
            return;
        }
        try {
            accounts.open(new NewStaffAccount(username, "Administrator", Set.of(Role.ADMIN), password));
            log.info("Opened the first administrator account, {}: remove CANDOUR_BOOTSTRAP_ADMIN_* now", username);
        } catch (DataIntegrityViolationException raced) {
            // Several nodes of a new installation start at once: one of them opened it first.
            if (!anEnabledAdministratorExists()) {
                throw raced;
            }
            log.info("The first administrator account was opened by another node");
        } catch (InvalidAccountException refused) {
            if (anEnabledAdministratorExists()) {
                log.info("The first administrator account was opened by another node");
                return;
            }
            throw new IllegalStateException("CANDOUR_BOOTSTRAP_ADMIN_USERNAME/PASSWORD cannot open an account: "
                    + String.join(" ", refused.problems().values()), refused);
        }
    }

    private boolean anEnabledAdministratorExists() {
        return accounts.list(Pageable.ofSize(1000)).stream()
                .anyMatch(account -> account.enabled() && account.has(Role.ADMIN));
    }
}
