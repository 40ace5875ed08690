package org.candour.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.candour.identity.Role;
import org.candour.identity.StaffAccountSummary;
import org.candour.identity.StaffAccounts;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Staff sign in through the real sign-in form against their accounts; lockout follows the injected clock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockTestConfiguration.class)
class SignInIT {

    private static final String WRONG = "not the right password";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MutableClock clock;

    private FormSignIn form;
    private StaffAccountSummary caseworker;

    @BeforeEach
    void openAnAccount() {
        form = new FormSignIn(port);
        caseworker = accounts.open(TestStaff.account("signin", Role.CASEWORKER));
    }

    @Test
    void theRightPasswordLandsOnTheStaffHomeInANewSession() {
        var outcome = form.signIn(caseworker.username().toUpperCase(), TestStaff.PASSWORD);

        assertThat(outcome.signedIn()).isTrue();
        assertThat(outcome.sessionAfter()).isNotEmpty().isNotEqualTo(outcome.sessionBefore());
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGoBackToTheSignInPage() {
        assertThat(form.signIn(caseworker.username(), WRONG).location()).endsWith("/login?error");
        assertThat(form.signIn("nobody-here", TestStaff.PASSWORD).location()).endsWith("/login?error");
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForFifteenMinutes() {
        failFiveTimes();
        assertThat(accounts.find(caseworker.id()).orElseThrow().lockedUntil())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));

        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).location()).endsWith("/login?error");
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isTrue();
        assertThat(accounts.find(caseworker.id()).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            form.signIn(caseworker.username(), WRONG);
        }
        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isTrue();
        for (int i = 0; i < 4; i++) {
            form.signIn(caseworker.username(), WRONG);
        }
        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isTrue();
    }

    @Test
    void anAdministratorCanUnlockALockedAccountAtOnce() {
        failFiveTimes();
        var locked = accounts.find(caseworker.id()).orElseThrow();

        accounts.unlock(locked.id(), locked.version());

        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isTrue();
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        accounts.disable(caseworker.id(), caseworker.version(), "some-admin");

        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).location()).endsWith("/login?error");
        var disabled = accounts.find(caseworker.id()).orElseThrow();
        accounts.enable(disabled.id(), disabled.version());
        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isTrue();
    }

    private void failFiveTimes() {
        for (int i = 0; i < 5; i++) {
            assertThat(form.signIn(caseworker.username(), WRONG).signedIn()).isFalse();
        }
    }
}
