package org.candour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import org.candour.audit.AuditEntry;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.identity.domain.RoleGrantRepository;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A role that reads personal data is the account's only once a second administrator approved it. */
@SpringBootTest
@Import(ClockTestConfiguration.class)
class RoleGrantsIT {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    RoleGrants grants;
    @Autowired
    RoleGrantRepository grantRows;
    @Autowired
    UserDetailsService signIn;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;
    @Autowired
    PlatformTransactionManager transactionManager;

    private StaffAccountSummary ada;
    private StaffAccountSummary ben;

    @BeforeEach
    void twoAdministrators() {
        ada = accounts.open(TestStaff.account("ada", Role.ADMIN));
        ben = accounts.open(TestStaff.account("ben", Role.ADMIN));
    }

    @Test
    void aGrantIsNotEffectiveUntilAnotherAdministratorApprovesIt() {
        var opened = accounts.openForApproval(TestStaff.account("newcomer", Role.CASEWORKER, Role.MONITORING),
                ada.username());

        assertThat(opened.roles()).containsExactly(Role.MONITORING);
        assertThat(opened.waitingForApproval()).containsExactly(Role.CASEWORKER);
        assertThat(authorities(opened)).containsExactly(Role.MONITORING.authority());
        var grant = waitingFor(opened);
        assertThat(grant.askedBy()).isEqualTo(ada.username());
        assertThat(grant.lapsesAt()).isEqualTo(grant.askedAt().plus(Duration.ofDays(7)));

        assertThat(grants.approve(grant.id(), grant.version(), ada.username())).isEqualTo(GrantDecision.ASKED_BY_YOU);
        assertThat(authorities(opened)).doesNotContain(Role.CASEWORKER.authority());

        assertThat(grants.approve(grant.id(), grant.version(), ben.username())).isEqualTo(GrantDecision.APPROVED);
        var approved = accounts.find(opened.id()).orElseThrow();
        assertThat(approved.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.MONITORING);
        assertThat(approved.waitingForApproval()).isEmpty();
        assertThat(authorities(opened)).contains(Role.CASEWORKER.authority());
        assertThat(grants.waiting()).noneMatch(waiting -> waiting.accountId().equals(opened.id()));
        assertThatThrownBy(() -> grants.refuse(grant.id(), grant.version(), ben.username()))
                .isInstanceOf(GrantChangedException.class);

        await().untilAsserted(() -> assertThat(entries(opened))
                .extracting(AuditEntry::actor, AuditEntry::action).contains(
                        tuple(ada.username(), RoleGrants.ASKED), tuple(ben.username(), RoleGrants.APPROVED)));
    }

    @Test
    void addingARoleWaitsButRemovingOneOrAddingMonitoringTakesEffectAtOnce() {
        var account = accounts.open(TestStaff.account("changed", Role.CASEWORKER, Role.OVERSIGHT));

        var changed = accounts.changeDetails(account.id(), account.version(), account.displayName(),
                Set.of(Role.CASEWORKER, Role.SUPERVISOR, Role.MONITORING), ada.username());

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.MONITORING);
        assertThat(changed.waitingForApproval()).containsExactly(Role.SUPERVISOR);
        var again = accounts.changeDetails(changed.id(), changed.version(), "Renamed", Set.of(Role.SUPERVISOR),
                ben.username());
        assertThat(again.roles()).isEmpty();
        assertThat(grantRows.findByAccountId(account.id())).singleElement()
                .satisfies(grant -> assertThat(grant.askedBy()).isEqualTo(ada.username()));
    }

    @Test
    void theOneWhoAskedMayRefuseAndTheAccountNeverGetsTheRole() {
        var account = accounts.open(TestStaff.account("refused", Role.MONITORING));
        accounts.changeDetails(account.id(), account.version(), account.displayName(),
                Set.of(Role.MONITORING, Role.OVERSIGHT), ada.username());
        var grant = waitingFor(account);

        assertThat(grants.refuse(grant.id(), grant.version(), ada.username())).isEqualTo(GrantDecision.REFUSED);

        assertThat(accounts.find(account.id()).orElseThrow().roles()).containsExactly(Role.MONITORING);
        assertThat(grantRows.findByAccountId(account.id())).isEmpty();
        await().untilAsserted(() -> assertThat(entries(account)).extracting(AuditEntry::action)
                .contains(RoleGrants.REFUSED));
    }

    @Test
    void aGrantNotApprovedWithinSevenDaysLapses() {
        var start = clock.instant();
        try {
            var swept = accounts.openForApproval(TestStaff.account("swept", Role.SUPERVISOR), ada.username());
            var late = accounts.openForApproval(TestStaff.account("late", Role.OVERSIGHT), ada.username());
            var lateGrant = waitingFor(late);

            clock.advance(Duration.ofDays(7).minusSeconds(1));
            assertThat(accounts.find(swept.id()).orElseThrow().waitingForApproval()).containsExactly(Role.SUPERVISOR);
            clock.advance(Duration.ofSeconds(1));
            assertThat(accounts.find(swept.id()).orElseThrow().waitingForApproval()).isEmpty();
            assertThat(grants.waiting()).noneMatch(grant -> grant.accountId().equals(swept.id()));

            assertThat(grants.approve(lateGrant.id(), lateGrant.version(), ben.username()))
                    .isEqualTo(GrantDecision.LAPSED);
            grants.lapseOld();

            assertThat(grantRows.findByAccountId(swept.id())).isEmpty();
            assertThat(grantRows.findByAccountId(late.id())).isEmpty();
            assertThat(accounts.find(late.id()).orElseThrow().roles()).isEmpty();
            await().untilAsserted(() -> {
                assertThat(entries(swept)).extracting(AuditEntry::actor, AuditEntry::action)
                        .contains(tuple("system", RoleGrants.LAPSED));
                assertThat(entries(late)).extracting(AuditEntry::action).contains(RoleGrants.LAPSED)
                        .doesNotContain(RoleGrants.APPROVED);
            });
        } finally {
            clock.set(start);
        }
    }

    @Test
    void anApprovalAndARefusalAtTheSameTimeAreDetectedByTheVersionAndOnlyOneCounts() {
        var account = accounts.openForApproval(TestStaff.account("contested", Role.CASEWORKER), ada.username());
        var grant = waitingFor(account);
        var outer = new TransactionTemplate(transactionManager);
        var separate = new TransactionTemplate(transactionManager);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        // The refusing administrator's transaction has read the grant; the approval commits before it writes.
        outer.executeWithoutResult(status -> {
            assertThat(grantRows.findById(grant.id())).isPresent();
            separate.executeWithoutResult(approval -> assertThat(grants.approve(grant.id(), grant.version(),
                    ben.username())).isEqualTo(GrantDecision.APPROVED));
            assertThatThrownBy(() -> grants.refuse(grant.id(), grant.version(), ada.username()))
                    .isInstanceOf(GrantChangedException.class);
            status.setRollbackOnly();
        });

        assertThat(accounts.find(account.id()).orElseThrow().roles()).containsExactly(Role.CASEWORKER);
        await().untilAsserted(() -> assertThat(entries(account)).extracting(AuditEntry::action)
                .contains(RoleGrants.APPROVED).doesNotContain(RoleGrants.REFUSED));
    }

    private WaitingGrant waitingFor(StaffAccountSummary account) {
        return grants.waiting().stream().filter(grant -> grant.accountId().equals(account.id())).findFirst()
                .orElseThrow();
    }

    private java.util.List<String> authorities(StaffAccountSummary account) {
        return signIn.loadUserByUsername(account.username()).getAuthorities().stream()
                .map(Object::toString).toList();
    }

    private java.util.List<AuditEntry> entries(StaffAccountSummary account) {
        return audit.list(new AuditFilter(account.username(), ""), PageRequest.of(0, 50)).getContent();
    }
}
