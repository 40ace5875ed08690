package org.candour.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import org.candour.audit.AuditEntry;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff sign in through the real sign-in form against their accounts, from client addresses passed on as a proxy
 * would; the throttle and locks follow the injected clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockTestConfiguration.class)
class SignInIT {

    private static final String WRONG = "not the right password";

    private static int clients;

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MutableClock clock;

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    private FormSignIn form;
    private StaffAccountSummary caseworker;

    @BeforeEach
    void openAnAccount() {
        form = fromAnotherAddress();
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
    void aStrangersWrongPasswordsSlowTheStrangerDownAndNeverLockTheAccount() {
        failFiveTimes(form);

        assertThat(accounts.find(caseworker.id()).orElseThrow().lockedUntil()).isNull();
        assertThat(fromAnotherAddress().signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isTrue();
        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).location()).endsWith("/login?throttled=1");

        clock.advance(Duration.ofSeconds(1));
        assertThat(form.signIn(caseworker.username(), WRONG).location()).endsWith("/login?error");
        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).location()).endsWith("/login?throttled=2");
        clock.advance(Duration.ofSeconds(2));
        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isTrue();
    }

    @Test
    void onlyAHashOfTheAddressOfAWrongPasswordIsStored() {
        assertThat(form.signIn(caseworker.username(), WRONG).signedIn()).isFalse();

        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where client_key like '198.18.%'",
                Integer.class)).isZero();
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        String network = "2001:db8:" + Integer.toHexString(++clients) + ":1:";
        for (int i = 1; i <= 5; i++) {
            var sameNetwork = new FormSignIn(port, network + ":" + i);
            assertThat(sameNetwork.signIn(caseworker.username(), WRONG).location()).endsWith("/login?error");
        }

        assertThat(new FormSignIn(port, network + "ffff::9").signIn(caseworker.username(), TestStaff.PASSWORD)
                .location()).contains("/login?throttled=");
        assertThat(accounts.find(caseworker.id()).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void successfulSignInsDoNotCount() {
        for (int i = 0; i < 25; i++) {
            assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isTrue();
        }
    }

    @Test
    void wrongPasswordsFromManyAddressesLockTheAccountRecordItAndAnAdministratorCanUnlockIt() {
        for (int i = 0; i < 10; i++) {
            assertThat(fromAnotherAddress().signIn(caseworker.username(), WRONG).signedIn()).isFalse();
        }

        assertThat(accounts.find(caseworker.id()).orElseThrow().lockedUntil())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(fromAnotherAddress().signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isFalse();
        await().untilAsserted(() -> assertThat(audit.list(new AuditFilter(caseworker.username(), "system"),
                PageRequest.of(0, 5)).getContent()).extracting(AuditEntry::action).contains("STAFF_ACCOUNT_LOCKED"));

        var locked = accounts.find(caseworker.id()).orElseThrow();
        accounts.unlock(locked.id(), locked.version());
        assertThat(fromAnotherAddress().signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isTrue();
    }

    @Test
    void anAttackFromManyAddressesEndsWithTheLock() {
        for (int i = 0; i < 10; i++) {
            fromAnotherAddress().signIn(caseworker.username(), WRONG);
        }
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(fromAnotherAddress().signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(fromAnotherAddress().signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isTrue();
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        accounts.disable(caseworker.id(), caseworker.version(), "some-admin");

        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).location()).endsWith("/login?error");
        var disabled = accounts.find(caseworker.id()).orElseThrow();
        accounts.enable(disabled.id(), disabled.version());
        assertThat(form.signIn(caseworker.username(), TestStaff.PASSWORD).signedIn()).isTrue();
    }

    @Test
    void changingTheRolesDisablingOrResettingThePasswordEndsTheOpenSessionsAtOnce() {
        var untouched = accounts.open(TestStaff.account("signin-other", Role.CASEWORKER));
        var other = form.signIn(untouched.username(), TestStaff.PASSWORD).sessionAfter();
        var first = signedInSession();
        var second = signedInSession();

        var changed = accounts.changeDetails(caseworker.id(), caseworker.version(), "Casey",
                Set.of(Role.CASEWORKER, Role.MONITORING), "some-admin");
        assertThat(form.sessionLives(first)).isFalse();
        assertThat(form.sessionLives(second)).isFalse();

        var beforeDisable = signedInSession();
        var disabled = accounts.disable(changed.id(), changed.version(), "some-admin");
        assertThat(form.sessionLives(beforeDisable)).isFalse();

        var enabled = accounts.enable(disabled.id(), disabled.version());
        var beforeReset = signedInSession();
        accounts.resetPassword(enabled.id(), enabled.version(), "a-new-password-for-casey-2026");
        assertThat(form.sessionLives(beforeReset)).isFalse();

        assertThat(form.sessionLives(other)).isTrue();
    }

    @Test
    void aStaffSessionEndsAfterItsAbsoluteLifetimeHoweverBusy() {
        var session = signedInSession();

        clock.advance(Duration.ofHours(10).minusSeconds(1));
        assertThat(form.sessionLives(session)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(form.sessionLives(session)).isFalse();
    }

    /** A session signed in as the caseworker, seen once by the portal since. */
    private String signedInSession() {
        var outcome = fromAnotherAddress().signIn(caseworker.username(), TestStaff.PASSWORD);
        assertThat(outcome.signedIn()).isTrue();
        assertThat(form.sessionLives(outcome.sessionAfter())).isTrue();
        return outcome.sessionAfter();
    }

    /** Each test signs in from addresses of its own, so that no test's failures slow another down. */
    private FormSignIn fromAnotherAddress() {
        clients++;
        return new FormSignIn(port, "198.18." + (clients / 250) + "." + (clients % 250 + 1));
    }

    private void failFiveTimes(FormSignIn client) {
        for (int i = 0; i < 5; i++) {
            assertThat(client.signIn(caseworker.username(), WRONG).signedIn()).isFalse();
        }
    }
}
