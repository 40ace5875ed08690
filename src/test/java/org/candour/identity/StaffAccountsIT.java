package org.candour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.util.Set;
import java.util.UUID;
import org.candour.audit.AuditEntry;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
@Import(ClockTestConfiguration.class)
class StaffAccountsIT {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    @Test
    void everyChangeToAnAccountGoesToTheAuditLogWithTheAdministratorWhoMadeIt() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("ada-admin", "n/a", "ROLE_ADMIN"));
        try {
            var opened = accounts.open(TestStaff.account("audited", Role.CASEWORKER));
            var changed = accounts.changeDetails(opened.id(), opened.version(), "Renamed Person",
                    Set.of(Role.MONITORING), "ada-admin");
            var disabled = accounts.disable(changed.id(), changed.version(), "ada-admin");
            var enabled = accounts.enable(disabled.id(), disabled.version());
            var reset = accounts.resetPassword(enabled.id(), enabled.version(), "another-password-for-audit-2026");
            accounts.unlock(reset.id(), reset.version());

            await().untilAsserted(() -> assertThat(audit.list(new AuditFilter(opened.username(), ""),
                    PageRequest.of(0, 20)).getContent())
                    .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::details).containsExactlyInAnyOrder(
                            tuple("ada-admin", "STAFF_ACCOUNT_OPENED", "Roles CASEWORKER"),
                            tuple("ada-admin", "STAFF_ACCOUNT_ROLES_CHANGED",
                                    "Granted MONITORING; Removed CASEWORKER"),
                            tuple("ada-admin", "STAFF_ACCOUNT_RENAMED", "Display name changed"),
                            tuple("ada-admin", "STAFF_ACCOUNT_DISABLED", ""),
                            tuple("ada-admin", "STAFF_ACCOUNT_ENABLED", ""),
                            tuple("ada-admin", "STAFF_ACCOUNT_PASSWORD_RESET", ""),
                            tuple("ada-admin", "STAFF_ACCOUNT_UNLOCKED", "")));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anOpenedAccountIsEnabledWithItsRolesAndCanBeFoundWhateverTheCase() {
        var opened = accounts.open(TestStaff.account("Opened", Role.CASEWORKER, Role.SUPERVISOR));

        assertThat(opened.enabled()).isTrue();
        assertThat(opened.lockedUntil()).isNull();
        assertThat(opened.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.SUPERVISOR);
        assertThat(opened.username()).isEqualTo(opened.username().toLowerCase());
        assertThat(accounts.findByUsername(" " + opened.username().toUpperCase() + " ")).contains(opened);
        assertThat(accounts.find(opened.id())).contains(opened);
    }

    @Test
    void aUsernameCanBeUsedOnlyOnceWhateverTheCase() {
        var first = accounts.open(TestStaff.account("twin", Role.CASEWORKER));
        var second = new NewStaffAccount(first.username().toUpperCase(), "Another person", Set.of(Role.OVERSIGHT),
                TestStaff.PASSWORD);

        assertThatThrownBy(() -> accounts.open(second)).isInstanceOfSatisfying(InvalidAccountException.class,
                e -> assertThat(e.problems()).containsOnlyKeys(InvalidAccountException.USERNAME)
                        .containsValue(StaffAccounts.DUPLICATE_USERNAME));
    }

    @Test
    void onlyTheUniqueUsernameRuleOfTheDatabaseIsReportedAsATakenUsername() {
        var opened = accounts.open(TestStaff.account("taken", Role.CASEWORKER));
        String insert = "insert into staff_account (id, username, display_name, password_hash, enabled, "
                + "created_at, version) values (?, ?, ?, 'x', true, current_timestamp, 0)";

        var sameUsername = catchThrowableOfType(DataIntegrityViolationException.class,
                () -> jdbc.update(insert, UUID.randomUUID(), opened.username(), "X"));
        var upperCase = catchThrowableOfType(DataIntegrityViolationException.class,
                () -> jdbc.update(insert, UUID.randomUUID(), "other-" + opened.username().toUpperCase(), "X"));
        var noName = catchThrowableOfType(DataIntegrityViolationException.class,
                () -> jdbc.update(insert, UUID.randomUUID(), "other-" + opened.username(), null));

        assertThat(StaffAccounts.isUsernameTaken(sameUsername)).isTrue();
        assertThat(StaffAccounts.isUsernameTaken(upperCase)).isFalse();
        assertThat(StaffAccounts.isUsernameTaken(noName)).isFalse();
    }

    @Test
    void everyProblemOfANewAccountIsReportedAtOnce() {
        var account = new NewStaffAccount("a b", " ", Set.of(), "short");

        assertThatThrownBy(() -> accounts.open(account)).isInstanceOfSatisfying(InvalidAccountException.class,
                e -> assertThat(e.problems()).containsOnlyKeys(InvalidAccountException.USERNAME,
                        InvalidAccountException.DISPLAY_NAME, InvalidAccountException.ROLES,
                        InvalidAccountException.PASSWORD));
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndOverwritesNothing() {
        var opened = accounts.open(TestStaff.account("contested", Role.CASEWORKER));
        var seenByFirstAdmin = accounts.find(opened.id()).orElseThrow();
        var seenBySecondAdmin = accounts.find(opened.id()).orElseThrow();

        var saved = accounts.changeDetails(seenByFirstAdmin.id(), seenByFirstAdmin.version(), "First Admin's Name",
                Set.of(Role.CASEWORKER, Role.SUPERVISOR), "some-admin");
        assertThat(saved.version()).isGreaterThan(seenByFirstAdmin.version());

        assertThatThrownBy(() -> accounts.changeDetails(seenBySecondAdmin.id(), seenBySecondAdmin.version(),
                "Second Admin's Name", Set.of(Role.OVERSIGHT), "other-admin"))
                .isInstanceOf(AccountChangedException.class)
                .hasMessage("This account was changed by someone else. Reload and try again.");
        assertThatThrownBy(() -> accounts.disable(seenBySecondAdmin.id(), seenBySecondAdmin.version(), "other-admin"))
                .isInstanceOf(AccountChangedException.class);
        assertThat(accounts.find(opened.id())).contains(saved);
    }

    @Test
    void changingOnlyTheRolesCountsAsAChange() {
        var opened = accounts.open(TestStaff.account("roles", Role.CASEWORKER));

        var changed = accounts.changeDetails(opened.id(), opened.version(), opened.displayName(),
                Set.of(Role.MONITORING), "some-admin");

        assertThat(changed.roles()).containsExactly(Role.MONITORING);
        assertThat(changed.version()).isGreaterThan(opened.version());
        assertThatThrownBy(() -> accounts.unlock(opened.id(), opened.version()))
                .isInstanceOf(AccountChangedException.class);
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRoleNorDisableThemselves() {
        var admin = accounts.open(TestStaff.account("self", Role.ADMIN));

        assertThatThrownBy(() -> accounts.changeDetails(admin.id(), admin.version(), admin.displayName(),
                Set.of(Role.CASEWORKER), admin.username().toUpperCase()))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> assertThat(e.problems())
                        .containsEntry(InvalidAccountException.ROLES, StaffAccounts.OWN_ADMIN_ROLE));
        assertThatThrownBy(() -> accounts.disable(admin.id(), admin.version(), admin.username()))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> assertThat(e.problems())
                        .containsEntry(InvalidAccountException.ENABLED, StaffAccounts.OWN_ACCOUNT_DISABLED));
        assertThat(accounts.find(admin.id())).contains(admin);

        var renamed = accounts.changeDetails(admin.id(), admin.version(), "Renamed Admin",
                Set.of(Role.ADMIN, Role.SUPERVISOR), admin.username());
        assertThat(renamed.displayName()).isEqualTo("Renamed Admin");
    }

    @Test
    void aResetPasswordFollowsThePasswordRules() {
        var opened = accounts.open(TestStaff.account("reset", Role.CASEWORKER));

        assertThatThrownBy(() -> accounts.resetPassword(opened.id(), opened.version(), "password1234"))
                .isInstanceOfSatisfying(InvalidAccountException.class,
                        e -> assertThat(e.problems()).containsKey(InvalidAccountException.PASSWORD));
        assertThat(accounts.resetPassword(opened.id(), opened.version(), "a brand new passphrase").version())
                .isGreaterThan(opened.version());
    }

    @Test
    void theListIsPagedAndSortedByUsername() {
        for (int i = 0; i < 3; i++) {
            accounts.open(TestStaff.account("paged", Role.OVERSIGHT));
        }

        var page = accounts.list(PageRequest.of(0, 2));

        assertThat(page.getContent()).hasSize(2);
        assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(3);
        assertThat(page.getContent().get(0).username()).isLessThan(page.getContent().get(1).username());
    }

    @Test
    void aWorkEmailIsSavedCheckedAndRemovedAndOnlyEnabledAccountsWithOneAreDigestRecipients() {
        var opened = accounts.open(TestStaff.account("mailed", Role.CASEWORKER));

        assertThatThrownBy(() -> accounts.changeEmail(opened.id(), opened.version(), "not an address"))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> assertThat(e.problems())
                        .containsKey(InvalidAccountException.EMAIL));
        var mailed = accounts.changeEmail(opened.id(), opened.version(), " mailed@police.example ");

        assertThat(mailed.email()).isEqualTo("mailed@police.example");
        assertThat(accounts.withEmail()).extracting(StaffAccountSummary::username).contains(opened.username());
        assertThatThrownBy(() -> accounts.changeEmail(opened.id(), opened.version(), "other@police.example"))
                .isInstanceOf(AccountChangedException.class);
        var removed = accounts.changeEmail(mailed.id(), mailed.version(), "");
        assertThat(removed.email()).isNull();
        assertThat(accounts.withEmail()).extracting(StaffAccountSummary::username).doesNotContain(opened.username());
    }
}
