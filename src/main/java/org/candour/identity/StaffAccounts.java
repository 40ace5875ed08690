package org.candour.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.candour.identity.domain.RoleGrant;
import org.candour.identity.domain.StaffAccount;
import org.candour.identity.domain.StaffAccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and manages staff accounts. A role that reads personal data, given by an administrator, waits for a second
 * administrator's approval ({@link RoleGrants}); removing a role takes effect at once. Every change names the version of the account it was made on and is refused
 * with {@link AccountChangedException} if someone else changed the account since, so nothing is overwritten.
 * Administrators cannot take away their own administrator role or disable themselves, so there is always one.
 */
@Service
public class StaffAccounts {

    static final String DUPLICATE_USERNAME = "An account with this username already exists: choose another";
    static final String OWN_ADMIN_ROLE = "You cannot remove your own administrator role. Ask another administrator.";
    static final String OWN_ACCOUNT_DISABLED = "You cannot disable your own account. Ask another administrator.";
    /** The name of the unique constraint on usernames (V3), as the databases report it. */
    private static final String USERNAME_CONSTRAINT = "staff_account_username_unique";

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RoleGrants grants;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                  ApplicationEventPublisher events, RoleGrants grants) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
        this.grants = grants;
    }

    @Transactional(readOnly = true)
    public Page<StaffAccountSummary> list(Pageable pageable) {
        var sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        var page = accounts.findAll(sorted);
        var waiting = grants.waitingFor(page.map(StaffAccount::id).toList());
        return page.map(account -> summary(account, waiting.getOrDefault(account.id(), Set.of())));
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccountSummary> find(UUID id) {
        return accounts.findById(id).map(this::summary);
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccountSummary> findByUsername(String username) {
        return accounts.findByUsername(StaffAccount.normaliseUsername(username)).map(this::summary);
    }

    /**
     * The value that sessions of this member of staff must have been opened under; empty if the account does not
     * exist or is disabled (its sessions end). Asked on every staff request, by primary key and one column.
     */
    @Transactional(readOnly = true)
    public Optional<Long> sessionEpoch(String username) {
        return accounts.findSessionEpochOfEnabled(StaffAccount.normaliseUsername(username));
    }

    /**
     * Opens an account with all its roles at once, without a second administrator's approval: only for the first
     * administrator's one-time bootstrap, the demo accounts and test fixtures. Administrators' pages use
     * {@link #openForApproval} (ArchitectureTest holds them to it).
     */
    @Transactional
    public StaffAccountSummary open(NewStaffAccount account) {
        return open(account, null);
    }

    /**
     * An administrator opens an account: its roles that read personal data wait for another administrator's
     * approval ({@link RoleGrants}); the others are its own at once.
     */
    @Transactional
    public StaffAccountSummary openForApproval(NewStaffAccount account, String administrator) {
        return open(account, administrator);
    }

    private StaffAccountSummary open(NewStaffAccount account, @Nullable String administrator) {
        var problems = new LinkedHashMap<String, String>();
        AccountRules.username(account.username()).ifPresent(p -> problems.put(InvalidAccountException.USERNAME, p));
        AccountRules.displayName(account.displayName())
                .ifPresent(p -> problems.put(InvalidAccountException.DISPLAY_NAME, p));
        AccountRules.roles(account.roles()).ifPresent(p -> problems.put(InvalidAccountException.ROLES, p));
        PasswordRules.check(account.username(), account.initialPassword())
                .ifPresent(p -> problems.put(InvalidAccountException.PASSWORD, p));
        if (!problems.containsKey(InvalidAccountException.USERNAME)
                && accounts.existsByUsername(StaffAccount.normaliseUsername(account.username()))) {
            problems.put(InvalidAccountException.USERNAME, DUPLICATE_USERNAME);
        }
        failIfAny(problems);
        var needing = administrator == null ? Set.<Role>of() : RoleGrant.needingApproval(Set.of(), account.roles());
        var opened = StaffAccount.open(account.username(), account.displayName(), without(account.roles(), needing),
                passwordEncoder.encode(account.initialPassword()), clock.instant());
        try {
            var saved = accounts.saveAndFlush(opened);
            audit(saved, "STAFF_ACCOUNT_OPENED", "Roles " + names(saved.roles()));
            if (administrator != null && !needing.isEmpty()) {
                grants.ask(saved, needing, administrator).forEach(saved::grant);
                saved = accounts.saveAndFlush(saved);
            }
            return summary(saved);
        } catch (DataIntegrityViolationException e) {
            if (isUsernameTaken(e)) {
                // Another administrator opened the same username between the check above and this insert.
                throw InvalidAccountException.of(InvalidAccountException.USERNAME, DUPLICATE_USERNAME);
            }
            throw e;
        }
    }

    /** Whether the database refused a row for the unique username, not for any other rule. */
    static boolean isUsernameTaken(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null
                    && cause.getMessage().toLowerCase(Locale.ROOT).contains(USERNAME_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Changes the name and roles; {@code actor} is the administrator's username. A role added that reads personal
     * data waits for another administrator's approval ({@link RoleGrants}); a role removed goes at once.
     */
    @Transactional
    public StaffAccountSummary changeDetails(UUID id, long version, String displayName, Set<Role> roles,
                                            String actor) {
        var problems = new LinkedHashMap<String, String>();
        AccountRules.displayName(displayName).ifPresent(p -> problems.put(InvalidAccountException.DISPLAY_NAME, p));
        AccountRules.roles(roles).ifPresent(p -> problems.put(InvalidAccountException.ROLES, p));
        failIfAny(problems);
        return change(id, version, account -> {
            if (isActor(account, actor) && account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
                throw InvalidAccountException.of(InvalidAccountException.ROLES, OWN_ADMIN_ROLE);
            }
            var before = Set.copyOf(account.roles());
            boolean renamed = !account.displayName().equals(displayName.strip());
            account.rename(displayName);
            var needing = RoleGrant.needingApproval(before, roles);
            account.changeRoles(without(roles, needing));
            grants.ask(account, needing, actor).forEach(account::grant);
            if (!before.equals(account.roles())) {
                audit(account, "STAFF_ACCOUNT_ROLES_CHANGED", rolesChange(before, account.roles()));
            }
            if (renamed) {
                audit(account, "STAFF_ACCOUNT_RENAMED", "Display name changed");
            }
        });
    }

    @Transactional
    public StaffAccountSummary enable(UUID id, long version) {
        return change(id, version, account -> {
            account.enable();
            audit(account, "STAFF_ACCOUNT_ENABLED", "");
        });
    }

    @Transactional
    public StaffAccountSummary disable(UUID id, long version, String actor) {
        return change(id, version, account -> {
            if (isActor(account, actor)) {
                throw InvalidAccountException.of(InvalidAccountException.ENABLED, OWN_ACCOUNT_DISABLED);
            }
            account.disable();
            audit(account, "STAFF_ACCOUNT_DISABLED", "");
        });
    }

    /** Sets a new password chosen under {@link PasswordRules}; this also lifts a lockout. */
    @Transactional
    public StaffAccountSummary resetPassword(UUID id, long version, String newPassword) {
        return change(id, version, account -> {
            PasswordRules.check(account.username(), newPassword).ifPresent(problem -> {
                throw InvalidAccountException.of(InvalidAccountException.PASSWORD, problem);
            });
            account.resetPassword(passwordEncoder.encode(newPassword));
            audit(account, "STAFF_ACCOUNT_PASSWORD_RESET", "");
        });
    }

    /** Puts an oversight account in a complaint body (or none); it then sees that body's complaint links only. */
    @Transactional
    public StaffAccountSummary joinComplaintBody(UUID id, long version, @Nullable UUID complaintBodyId) {
        return change(id, version, account -> {
            account.joinComplaintBody(complaintBodyId);
            audit(account, "STAFF_ACCOUNT_COMPLAINT_BODY_CHANGED",
                    complaintBodyId == null ? "No complaint body" : "Complaint body " + complaintBodyId);
        });
    }

    /** Sets the work email address the daily digest goes to; blank removes it. */
    @Transactional
    public StaffAccountSummary changeEmail(UUID id, long version, String email) {
        AccountRules.email(email).ifPresent(problem -> {
            throw InvalidAccountException.of(InvalidAccountException.EMAIL, problem);
        });
        return change(id, version, account -> {
            account.changeEmail(email);
            audit(account, "STAFF_ACCOUNT_EMAIL_CHANGED", email.isBlank() ? "Email removed" : "Email changed");
        });
    }

    /** Enabled accounts with an email address, for the daily digest. */
    @Transactional(readOnly = true)
    public List<StaffAccountSummary> withEmail() {
        return accounts.findAll(Sort.by("username")).stream().filter(StaffAccount::isEnabled)
                .filter(account -> account.email() != null).map(this::summary).toList();
    }

    @Transactional
    public StaffAccountSummary unlock(UUID id, long version) {
        return change(id, version, account -> {
            account.unlock();
            audit(account, "STAFF_ACCOUNT_UNLOCKED", "");
        });
    }

    /** The holder lost their authenticator app: they enrol a new one at their next sign-in; sessions end. */
    @Transactional
    public StaffAccountSummary resetSecondFactor(UUID id, long version) {
        return change(id, version, account -> {
            account.resetSecondFactor();
            audit(account, "TWO_FACTOR_RESET", "The holder enrols a new authenticator app at the next sign-in");
        });
    }

    private StaffAccountSummary change(UUID id, long version, Consumer<StaffAccount> change) {
        var account = accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No staff account " + id));
        if (account.version() != version) {
            throw new AccountChangedException();
        }
        change.accept(account);
        try {
            return summary(accounts.saveAndFlush(account));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new AccountChangedException();
        }
    }

    /** Every change to an account goes to the audit log, in the transaction of the change (the outbox). */
    private void audit(StaffAccount account, String action, String details) {
        events.publishEvent(new StaffAccountAudited(currentActor(), action, account.username(), clock.instant(),
                details));
    }

    private static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }

    static String rolesChange(Set<Role> before, Set<Role> after) {
        var granted = EnumSet.noneOf(Role.class);
        granted.addAll(after);
        granted.removeAll(before);
        var removed = EnumSet.noneOf(Role.class);
        removed.addAll(before);
        removed.removeAll(after);
        return (granted.isEmpty() ? "" : "Granted " + names(granted)) + (granted.isEmpty() || removed.isEmpty()
                ? "" : "; ") + (removed.isEmpty() ? "" : "Removed " + names(removed));
    }

    private static Set<Role> without(Set<Role> roles, Set<Role> left) {
        var kept = EnumSet.noneOf(Role.class);
        roles.stream().filter(role -> !left.contains(role)).forEach(kept::add);
        return kept;
    }

    private static String names(Set<Role> roles) {
        if (roles.isEmpty()) {
            return "none yet";
        }
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    private static boolean isActor(StaffAccount account, String actor) {
        return account.username().equals(StaffAccount.normaliseUsername(actor));
    }

    private static void failIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
    }

    private StaffAccountSummary summary(StaffAccount account) {
        return summary(account, grants.waitingFor(List.of(account.id())).getOrDefault(account.id(), Set.of()));
    }

    private StaffAccountSummary summary(StaffAccount account, Set<Role> waiting) {
        var now = clock.instant();
        return new StaffAccountSummary(account.id(), account.username(), account.displayName(), account.roles(),
                account.isEnabled(), account.isLocked(now) ? account.lockedUntil() : null, account.version(),
                account.complaintBodyId(), account.email(), waiting);
    }
}
