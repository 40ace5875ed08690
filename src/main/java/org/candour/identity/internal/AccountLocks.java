package org.candour.identity.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.candour.identity.StaffAccountAudited;
import org.candour.identity.domain.StaffAccount;
import org.candour.identity.domain.StaffAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks an account under attack, and raises the alarm: an audit entry, a warning in the log and the metric
 * {@code candour.identity.account.locked} (alert on it). Wrong passwords from many addresses at once
 * ({@link #lockUnderAttack}) and too many wrong sign-in codes in a row ({@link #lock}, from TwoFactor) both lock here.
 * Two nodes may lock the same account at once: the loser retries on a fresh copy and finds it locked already.
 */
@Component
public class AccountLocks {

    static final String ACTION = "STAFF_ACCOUNT_LOCKED";
    private static final Logger LOG = LoggerFactory.getLogger(AccountLocks.class);
    private static final int ATTEMPTS = 3;

    private final StaffAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Counter locked;

    AccountLocks(StaffAccountRepository accounts, ApplicationEventPublisher events,
                 PlatformTransactionManager transactionManager, Clock clock, MeterRegistry registry) {
        this.accounts = accounts;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.locked = Counter.builder("candour.identity.account.locked")
                .description("Staff accounts locked: wrong passwords from many addresses, or too many wrong "
                        + "sign-in codes in a row")
                .register(registry);
    }

    /**
     * Locks {@code account} until {@code until} in the caller's transaction and raises the alarm with
     * {@code reason}; a lock already running is left as it is, without a second alarm.
     *
     * @return whether this locked the account
     */
    public boolean lock(StaffAccount account, Instant until, String reason) {
        if (!account.lockUntil(clock.instant(), until)) {
            return false;
        }
        accounts.saveAndFlush(account); // a lock another node made meanwhile fails here, before any alarm
        events.publishEvent(new StaffAccountAudited("system", ACTION, account.username(), clock.instant(),
                reason + "; locked until " + until));
        LOG.warn("Staff account {} locked until {}: {}", account.id(), until, reason);
        locked.increment();
        return true;
    }

    public void lockUnderAttack(UUID accountId, int clients, Instant until) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> accounts.findById(accountId)
                        .ifPresent(account -> lock(account, until, "Wrong passwords from " + clients + " addresses")));
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    LOG.warn("Could not lock staff account {} after {} attempts", accountId, ATTEMPTS);
                    return;
                }
            }
        }
    }
}
