package org.candour.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.candour.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StaffAccountLockoutTest {

    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");
    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));

    /**
     * A run of sign-in outcomes, one a minute ("F" failed, "S" succeeded), and whether the account is locked
     * straight after it, then how long after the last attempt the lock is lifted (zero when not locked).
     */
    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("", false, 0),
                Arguments.of("F", false, 0),
                Arguments.of("FFFF", false, 0),
                Arguments.of("FFFFF", true, 15),
                Arguments.of("FFFFS", false, 0),
                Arguments.of("FFFFSFFFF", false, 0),
                Arguments.of("FFFFSFFFFF", true, 15),
                Arguments.of("FFFFFF", true, 14),
                Arguments.of("FSFSFSFSFSFS", false, 0));
    }

    @ParameterizedTest(name = "{0}: locked {1}")
    @MethodSource("runs")
    void fiveConsecutiveFailuresLockForFifteenMinutes(String outcomes, boolean locked, int minutesLeft) {
        var account = account();
        var now = START;
        for (char outcome : outcomes.toCharArray()) {
            now = now.plus(Duration.ofMinutes(1));
            if (outcome == 'F') {
                account.recordFailedSignIn(now, POLICY);
            } else {
                account.recordSuccessfulSignIn();
            }
        }
        assertThat(account.isLocked(now)).isEqualTo(locked);
        if (locked) {
            var lifted = now.plus(Duration.ofMinutes(minutesLeft));
            assertThat(account.isLocked(lifted.minusSeconds(1))).isTrue();
            assertThat(account.isLocked(lifted)).isFalse();
        }
    }

    @Test
    void theFifthFailureSaysItLockedTheAccount() {
        var account = account();
        for (int i = 1; i < 5; i++) {
            assertThat(account.recordFailedSignIn(START, POLICY)).isFalse();
        }
        assertThat(account.recordFailedSignIn(START, POLICY)).isTrue();
        assertThat(account.lockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        var account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(START, POLICY);
        }
        account.recordFailedSignIn(START.plus(Duration.ofMinutes(10)), POLICY);
        assertThat(account.lockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(15)));
        assertThat(account.failedSignIns()).isZero();
    }

    @Test
    void afterTheLockEndsThereAreFiveFreshAttempts() {
        var account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(START, POLICY);
        }
        var later = START.plus(Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(later, POLICY);
        }
        assertThat(account.isLocked(later)).isFalse();
        account.recordFailedSignIn(later, POLICY);
        assertThat(account.isLocked(later)).isTrue();
    }

    @Test
    void unlockingAndResettingThePasswordLiftTheLock() {
        var account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(START, POLICY);
        }
        account.unlock();
        assertThat(account.isLocked(START)).isFalse();

        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(START, POLICY);
        }
        account.resetPassword("{noop}another-password");
        assertThat(account.isLocked(START)).isFalse();
        assertThat(account.failedSignIns()).isZero();
    }

    @Test
    void theLockoutIsConfigurable() {
        var strict = new LockoutPolicy(2, Duration.ofHours(1));
        var account = account();
        account.recordFailedSignIn(START, strict);
        account.recordFailedSignIn(START, strict);
        assertThat(account.lockedUntil()).isEqualTo(START.plus(Duration.ofHours(1)));
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
