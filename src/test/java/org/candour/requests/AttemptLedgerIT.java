package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.candour.requests.internal.AttemptLedger;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** Attempts are counted in the database, in sliding windows, whatever the caller's transaction does. */
@SpringBootTest
@Import(ClockTestConfiguration.class)
class AttemptLedgerIT {

    @Autowired
    AttemptLedger ledger;
    @Autowired
    MutableClock clock;
    @Autowired
    TransactionTemplate transaction;

    private final String key = "client-" + UUID.randomUUID();

    @Test
    void aKeyIsBlockedAfterItsAttemptsUntilTheOldestOfThemLeavesTheWindow() {
        var limit = ledger.limit("ledger-test", 3, Duration.ofMinutes(15));
        Instant first = clock.instant();
        limit.record(key);
        clock.advance(Duration.ofMinutes(1));
        limit.record(key);
        assertThat(limit.blockedUntil(key)).isEmpty();
        limit.record(key);

        assertThat(limit.blockedUntil(key)).contains(first.plus(Duration.ofMinutes(15)));
        assertThat(limit.blockedUntil("another-" + key)).isEmpty();
        assertThat(ledger.limit("other-scope", 3, Duration.ofMinutes(15)).blockedUntil(key)).isEmpty();
        clock.advance(Duration.ofMinutes(14));
        assertThat(limit.blockedUntil(key)).isEmpty();
    }

    @Test
    void twoLimitsOnOneScopeCountTheSameAttemptsAsTwoNodesWould() {
        var onOneNode = ledger.limit("ledger-shared", 2, Duration.ofMinutes(15));
        var onAnother = ledger.limit("ledger-shared", 2, Duration.ofMinutes(15));

        onOneNode.record(key);
        onAnother.record(key);

        assertThat(onOneNode.blockedUntil(key)).isPresent();
        assertThat(onAnother.blockedUntil(key)).isPresent();
    }

    @Test
    void anAttemptCountsEvenWhenTheCallersTransactionIsReadOnlyOrRollsBack() {
        var limit = ledger.limit("ledger-rollback", 2, Duration.ofMinutes(15));

        transaction.executeWithoutResult(status -> {
            limit.record(key);
            status.setRollbackOnly();
        });
        var readOnly = new TransactionTemplate(transaction.getTransactionManager());
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> limit.record(key));

        assertThat(limit.blockedUntil(key)).isPresent();
    }

    @Test
    void aLimitNeedsAnAttemptAndAWindow() {
        assertThatIllegalArgumentException().isThrownBy(() -> ledger.limit("x", 0, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> ledger.limit("x", 1, Duration.ZERO));
    }
}
