package org.candour.identity.internal;

import java.time.Clock;
import java.util.function.Predicate;
import org.candour.identity.domain.LockoutPolicy;
import org.candour.identity.domain.StaffAccount;
import org.candour.identity.domain.StaffAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Listens to Spring Security's sign-in events to lock an account after repeated wrong passwords and to clear the
 * count after a success. Two sign-ins at once may race for the same account: the loser retries on a fresh copy.
 * Unknown usernames are ignored; the username typed is never logged.
 */
@Component
class SignInOutcomes {

    private static final Logger log = LoggerFactory.getLogger(SignInOutcomes.class);
    private static final int ATTEMPTS = 3;

    private final StaffAccountRepository accounts;
    private final LockoutPolicy policy;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SignInOutcomes(StaffAccountRepository accounts, LockoutPolicy policy, Clock clock,
                   PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        update(event.getAuthentication().getName(), account -> {
            boolean locked = account.recordFailedSignIn(clock.instant(), policy);
            if (locked) {
                log.info("Staff account {} locked until {} after {} failed sign-ins", account.id(),
                        account.lockedUntil(), policy.maxFailures());
            }
            return true;
        });
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        update(event.getAuthentication().getName(), StaffAccount::recordSuccessfulSignIn);
    }

    /** Applies a change that returns whether it changed anything, retrying when another sign-in got there first. */
    private void update(String username, Predicate<StaffAccount> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> accounts
                        .findByUsername(StaffAccount.normaliseUsername(username))
                        .filter(change)
                        .ifPresent(accounts::saveAndFlush));
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    log.warn("Could not record a sign-in outcome after {} attempts", ATTEMPTS, e);
                    return;
                }
            }
        }
    }
}
