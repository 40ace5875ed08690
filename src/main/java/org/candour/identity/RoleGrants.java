package org.candour.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.candour.identity.domain.RoleGrant;
import org.candour.identity.domain.RoleGrantRepository;
import org.candour.identity.domain.StaffAccount;
import org.candour.identity.domain.StaffAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A second administrator's approval for every role that reads personal data ({@link Role#readsPersonalData()}):
 * asked for when an administrator opens an account with such a role or adds it to one ({@link StaffAccounts}), it is
 * not the account's until a different administrator approves it, and it lapses after 7 days. Removing a role needs
 * no approval. Every step goes to the audit log. The first administrator's one-time bootstrap, the demo accounts and
 * test fixtures open accounts directly ({@link StaffAccounts#open(NewStaffAccount)}).
 */
@Service
public class RoleGrants {

    static final String ASKED = "STAFF_ROLE_GRANT_ASKED";
    static final String APPROVED = "STAFF_ROLE_GRANT_APPROVED";
    static final String REFUSED = "STAFF_ROLE_GRANT_REFUSED";
    static final String LAPSED = "STAFF_ROLE_GRANT_LAPSED";
    static final String GRANTED_ALONE = "STAFF_ROLE_GRANTED_WITHOUT_SECOND_ADMINISTRATOR";
    private static final int LIST_MAX = 200;
    private static final Logger LOG = LoggerFactory.getLogger(RoleGrants.class);

    private final RoleGrantRepository grants;
    private final StaffAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RoleGrants(RoleGrantRepository grants, StaffAccountRepository accounts, ApplicationEventPublisher events,
               PlatformTransactionManager transactionManager, Clock clock) {
        this.grants = grants;
        this.accounts = accounts;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Grants waiting for approval, oldest first (at most 200: there are never many). */
    @Transactional(readOnly = true)
    public List<WaitingGrant> waiting() {
        var now = clock.instant();
        var waiting = grants.findWaiting(now.minus(RoleGrant.LAPSES_AFTER), Pageable.ofSize(LIST_MAX));
        var holders = accounts.findAllById(waiting.stream().map(RoleGrant::accountId).toList()).stream()
                .collect(Collectors.toMap(StaffAccount::id, account -> account));
        return waiting.stream().filter(grant -> holders.containsKey(grant.accountId()))
                .map(grant -> waitingGrant(grant, holders.get(grant.accountId()))).toList();
    }

    @Transactional
    public GrantDecision approve(UUID grantId, long version, String administrator) {
        var grant = current(grantId, version);
        var now = clock.instant();
        return switch (grant.approvalBy(administrator, now)) {
            case ASKED_BY_THEM -> GrantDecision.ASKED_BY_YOU;
            case LAPSED -> lapse(grant);
            case APPROVED -> {
                var account = accounts.findById(grant.accountId()).orElseThrow(GrantChangedException::new);
                account.grant(grant.role());
                decide(grant, account, administrator, APPROVED);
                yield GrantDecision.APPROVED;
            }
        };
    }

    /** Withdraws a grant: any administrator may, the one who asked for it too. */
    @Transactional
    public GrantDecision refuse(UUID grantId, long version, String administrator) {
        var grant = current(grantId, version);
        if (grant.hasLapsed(clock.instant())) {
            return lapse(grant);
        }
        var account = accounts.findById(grant.accountId()).orElseThrow(GrantChangedException::new);
        decide(grant, account, administrator, REFUSED);
        return GrantDecision.REFUSED;
    }

    /** Lapses grants not approved within 7 days, each in a transaction of its own (another node may do the same). */
    @Scheduled(cron = "${candour.identity.role-grants.lapse-cron:0 */15 * * * *}", zone = "Europe/London")
    public void lapseOld() {
        var lapsed = transaction.execute(status -> grants.findLapsed(clock.instant().minus(RoleGrant.LAPSES_AFTER)));
        for (var grant : lapsed == null ? List.<RoleGrant>of() : lapsed) {
            try {
                transaction.executeWithoutResult(status -> grants.findById(grant.id()).ifPresent(this::lapse));
            } catch (GrantChangedException | OptimisticLockingFailureException lapsedElsewhere) {
                LOG.debug("Role grant {} was answered or lapsed by another node", grant.id());
            }
        }
    }

    /**
     * Asks for {@code roles} on {@code account} (already saved) on behalf of {@code administrator}; a role already
     * waiting is left as it is. Returns the roles to grant at once: {@link Role#ADMIN} when nobody else could approve
     * it, so that a new installation's only administrator can bring in the second one.
     */
    Set<Role> ask(StaffAccount account, Set<Role> roles, String administrator) {
        var atOnce = EnumSet.noneOf(Role.class);
        var now = clock.instant();
        for (var role : roles) {
            if (role == Role.ADMIN && accounts.countOtherEnabledAdministrators(
                    StaffAccount.normaliseUsername(administrator)) == 0) {
                atOnce.add(role);
                audit(administrator, GRANTED_ALONE, account, "Granted ADMIN: no other administrator exists to "
                        + "approve it. Every later grant of a role that reads personal data needs approval");
                LOG.warn("The only administrator granted the administrator role to staff account {} without approval",
                        account.id());
            } else if (!grants.existsByAccountIdAndRole(account.id(), role)) {
                var grant = grants.save(RoleGrant.ask(account.id(), role, administrator, now));
                audit(administrator, ASKED, account, "Asked for " + role.name() + "; lapses on " + grant.lapsesAt());
            }
        }
        return atOnce;
    }

    /** The roles waiting for approval on each of these accounts (not yet lapsed). */
    Map<UUID, Set<Role>> waitingFor(Collection<UUID> accountIds) {
        var now = clock.instant();
        return grants.findByAccountIdIn(accountIds).stream().filter(grant -> !grant.hasLapsed(now))
                .collect(Collectors.groupingBy(RoleGrant::accountId,
                        Collectors.mapping(RoleGrant::role, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    private RoleGrant current(UUID grantId, long version) {
        return grants.findById(grantId).filter(grant -> grant.version() == version)
                .orElseThrow(GrantChangedException::new);
    }

    private GrantDecision lapse(RoleGrant grant) {
        var account = accounts.findById(grant.accountId());
        grants.delete(grant);
        flush();
        account.ifPresent(holder -> audit("system", LAPSED, holder, grant.role().name() + " asked by "
                + grant.askedBy() + " was not approved within 7 days"));
        return GrantDecision.LAPSED;
    }

    private void decide(RoleGrant grant, StaffAccount account, String administrator, String action) {
        grants.delete(grant);
        flush();
        accounts.saveAndFlush(account);
        audit(administrator, action, account, grant.role().name() + " asked by " + grant.askedBy() + " at "
                + grant.askedAt());
    }

    /** The delete is versioned: a second answer to the same grant fails here, and its transaction rolls back. */
    private void flush() {
        try {
            grants.flush();
        } catch (OptimisticLockingFailureException answeredMeanwhile) {
            throw new GrantChangedException();
        }
    }

    private void audit(String actor, String action, StaffAccount account, String details) {
        events.publishEvent(new StaffAccountAudited(StaffAccount.normaliseUsername(actor), action,
                account.username(), clock.instant(), details));
    }

    private static WaitingGrant waitingGrant(RoleGrant grant, StaffAccount account) {
        return new WaitingGrant(grant.id(), grant.version(), account.id(), account.username(), account.displayName(),
                grant.role(), grant.askedBy(), grant.askedAt(), grant.lapsesAt());
    }
}
