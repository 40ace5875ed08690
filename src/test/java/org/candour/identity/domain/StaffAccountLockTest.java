package org.candour.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.candour.identity.Role;
import org.junit.jupiter.api.Test;

class StaffAccountLockTest {

    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant UNTIL = START.plus(Duration.ofMinutes(15));

    @Test
    void aLockHoldsUntilItsEndAndNotAfter() {
        var account = account();

        assertThat(account.lockUntil(START, UNTIL)).isTrue();

        assertThat(account.isLocked(START)).isTrue();
        assertThat(account.isLocked(UNTIL.minusSeconds(1))).isTrue();
        assertThat(account.isLocked(UNTIL)).isFalse();
    }

    @Test
    void aLockAlreadyRunningIsNotExtended() {
        var account = account();
        account.lockUntil(START, UNTIL);

        assertThat(account.lockUntil(START.plus(Duration.ofMinutes(10)), UNTIL.plus(Duration.ofMinutes(10))))
                .isFalse();
        assertThat(account.lockedUntil()).isEqualTo(UNTIL);
        assertThat(account.lockUntil(UNTIL, UNTIL.plus(Duration.ofMinutes(15)))).isTrue();
    }

    @Test
    void unlockingAndResettingThePasswordLiftTheLock() {
        var account = account();
        account.lockUntil(START, UNTIL);
        account.unlock();
        assertThat(account.isLocked(START)).isFalse();

        account.lockUntil(START, UNTIL);
        account.resetPassword("{noop}another-password");
        assertThat(account.isLocked(START)).isFalse();
    }

    @Test
    void usernamesAreKeptInLowerCaseWithoutSpaces() {
        var account = StaffAccount.open("  J.Okafor ", " Jo Okafor ", Set.of(Role.CASEWORKER), "{noop}x", START);
        assertThat(account.username()).isEqualTo("j.okafor");
        assertThat(account.displayName()).isEqualTo("Jo Okafor");
    }

    private static StaffAccount account() {
        return StaffAccount.open("caseworker", "Casey Worker", Set.of(Role.CASEWORKER), "{noop}password", START);
    }
}
