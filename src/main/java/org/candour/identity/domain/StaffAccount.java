package org.candour.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.candour.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff who signs in. The username is stored in lower case, so it is unique whatever the case it is
 * typed in. Consecutive failed sign-ins lock the account for a while ({@link LockoutPolicy}); a successful one
 * starts the count again.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    private UUID id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    /** For assigning casework later: the team and the borough (GSS code) a member of staff works for. */
    @Column(name = "team", length = 80)
    private @Nullable String team;

    @Column(name = "borough_code", length = 9)
    private @Nullable String boroughCode;

    /** The complaint body an oversight account works for; it sees only that body's complaint links. */
    @Column(name = "complaint_body_id")
    private @Nullable UUID complaintBodyId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A work address for the daily digest; none means no email. */
    @Column(name = "email", length = 254)
    private @Nullable String email;

    @Version
    private long version;

    protected StaffAccount() {
        this.id = UUID.randomUUID();
        this.username = this.displayName = this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    private StaffAccount(String username, String displayName, Set<Role> roles, String passwordHash,
                         Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = normaliseUsername(username);
        this.displayName = displayName.strip();
        this.roles = new HashSet<>(roles);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** A new, enabled account; the password is already hashed. */
    public static StaffAccount open(String username, String displayName, Set<Role> roles, String passwordHash,
                                    Instant now) {
        return new StaffAccount(username, displayName, roles, passwordHash, now);
    }

    /** Usernames are compared without surrounding spaces and without regard to case. */
    public static String normaliseUsername(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName.strip();
    }

    public void changeRoles(Set<Role> newRoles) {
        if (!roles.equals(newRoles)) {
            roles.clear();
            roles.addAll(newRoles);
        }
    }

    public void joinComplaintBody(@Nullable UUID bodyId) {
        this.complaintBodyId = bodyId;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    /** A new password from an administrator; it also lifts any lockout, since the holder has been identified. */
    public void resetPassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        unlock();
    }

    public void unlock() {
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /**
     * Counts a failed sign-in; the last allowed failure locks the account and starts a fresh count for after the
     * lock. Failures while locked are not counted: the lock does not grow.
     *
     * @return whether this failure locked the account
     */
    public boolean recordFailedSignIn(Instant now, LockoutPolicy policy) {
        if (isLocked(now)) {
            return false;
        }
        failedSignIns++;
        if (failedSignIns < policy.maxFailures()) {
            return false;
        }
        failedSignIns = 0;
        lockedUntil = now.plus(policy.duration());
        return true;
    }

    /** A successful sign-in ends any run of failures. Returns whether anything changed. */
    public boolean recordSuccessfulSignIn() {
        if (failedSignIns == 0 && lockedUntil == null) {
            return false;
        }
        unlock();
        return true;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public @Nullable String team() {
        return team;
    }

    public @Nullable String boroughCode() {
        return boroughCode;
    }

    public @Nullable UUID complaintBodyId() {
        return complaintBodyId;
    }

    public long version() {
        return version;
    }

    public void changeEmail(@Nullable String address) {
        this.email = address == null || address.isBlank() ? null : address.strip();
    }

    public @Nullable String email() {
        return email;
    }
}
