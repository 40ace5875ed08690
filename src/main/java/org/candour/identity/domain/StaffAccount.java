package org.candour.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.candour.identity.Role;
import org.candour.shared.crypto.FieldPlace;
import org.candour.shared.crypto.Sealed;
import org.candour.shared.crypto.SealedConverter;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff who signs in. The username is stored in lower case, so it is unique whatever the case it is
 * typed in. It is locked for a while only when it is attacked from many addresses at once
 * ({@link SignInThrottlePolicy}); wrong passwords from one client slow that client down instead.
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

    /**
     * Moves on whenever what the holder may do changes (roles, complaint body, disabled, password reset): a session
     * opened under an earlier value is ended on its next request.
     */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    /** The shared secret of the authenticator app (two-factor sign-in), encrypted at rest; null until enrolled. */
    @Convert(converter = SealedConverter.class)
    @Column(name = "totp_secret")
    private @Nullable Sealed totpSecret;

    @Column(name = "totp_enrolled_at")
    private @Nullable Instant totpEnrolledAt;

    @Column(name = "totp_last_step")
    private @Nullable Long totpLastStep;

    @Column(name = "second_factor_failures", nullable = false)
    private int secondFactorFailures;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    private Set<RecoveryCode> recoveryCodes = new HashSet<>();

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
            sessionEpoch++;
        }
    }

    /** Adds one role (a second administrator approved it, {@link RoleGrant}); open sessions end. */
    public void grant(Role role) {
        if (roles.add(role)) {
            sessionEpoch++;
        }
    }

    public void joinComplaintBody(@Nullable UUID bodyId) {
        if (!Objects.equals(complaintBodyId, bodyId)) {
            this.complaintBodyId = bodyId;
            sessionEpoch++;
        }
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        if (enabled) {
            this.enabled = false;
            sessionEpoch++;
        }
    }

    /**
     * A new password from an administrator; it also lifts any lockout, since the holder has been identified, and
     * ends the sessions opened with the old one.
     */
    public void resetPassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        sessionEpoch++;
        unlock();
    }

    public void unlock() {
        this.lockedUntil = null;
    }

    /**
     * Locks the account until {@code until} because it is under attack from many addresses
     * ({@link SignInThrottlePolicy#locksAccount}); a lock already running is not extended.
     *
     * @return whether this locked the account
     */
    public boolean lockUntil(Instant now, Instant until) {
        if (isLocked(now)) {
            return false;
        }
        lockedUntil = until;
        return true;
    }

    // ---- Two-factor sign-in (ASVS 2.8): an authenticator app's codes (TotpCodes) and one-time recovery codes.

    /** Wrong codes in a row after which the account is locked like one attacked from many addresses. */
    public static final int SECOND_FACTOR_TRIES = 10;

    /** Binds the app's secret to this account's row (AES-GCM associated data) once loaded. */
    @PostLoad
    private void placeSealedValues() {
        totpSecret = totpSecret == null ? null : totpSecret.at(totpSecretPlace());
    }

    private FieldPlace totpSecretPlace() {
        return FieldPlace.of("staff_account", "totp_secret", id);
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** Enrols the app whose secret gave {@code code}; replaces the recovery codes with {@code newRecoveryCodes}. */
    public boolean enrolSecondFactor(String secret, String code, Set<String> newRecoveryCodes, Instant now) {
        var step = TotpCodes.matchingStep(secret, code, now, null);
        if (step.isEmpty()) {
            return false;
        }
        totpSecret = Sealed.of(secret).at(totpSecretPlace());
        totpEnrolledAt = now;
        totpLastStep = step.getAsLong();
        secondFactorFailures = 0;
        recoveryCodes.clear();
        newRecoveryCodes.forEach(recovery -> recoveryCodes.add(new RecoveryCode(recovery)));
        return true;
    }

    /** The answer to a code typed at sign-in, as the account sees it. */
    public enum CodeCheck {
        PASSED, WRONG,
        /** The {@value #SECOND_FACTOR_TRIES}th wrong code in a row: the account is to be locked (AccountLocks). */
        TRIES_USED_UP,
        /** Locked already, or no app enrolled: no code is checked. */
        LOCKED
    }

    /**
     * A code from the app, or a recovery code (used up), at sign-in. Too many wrong ones in a row are reported, not
     * acted on: the caller locks the account through the one mechanism that raises the alarm.
     */
    public CodeCheck checkSecondFactor(String typed, boolean recovery, Instant now) {
        if (totpSecret == null || isLocked(now)) {
            return CodeCheck.LOCKED;
        }
        boolean passed;
        if (recovery) {
            var code = recoveryCodes.stream().filter(c -> c.matches(typed)).findFirst();
            code.ifPresent(c -> c.use(now));
            passed = code.isPresent();
        } else {
            var step = TotpCodes.matchingStep(totpSecret.text(), typed, now, totpLastStep);
            step.ifPresent(s -> totpLastStep = s);
            passed = step.isPresent();
        }
        if (passed) {
            secondFactorFailures = 0;
            return CodeCheck.PASSED;
        }
        if (++secondFactorFailures >= SECOND_FACTOR_TRIES) {
            secondFactorFailures = 0;
            return CodeCheck.TRIES_USED_UP;
        }
        return CodeCheck.WRONG;
    }

    /** The holder lost their phone: they enrol again at their next sign-in; open sessions end. */
    public void resetSecondFactor() {
        totpSecret = null;
        totpEnrolledAt = null;
        totpLastStep = null;
        secondFactorFailures = 0;
        recoveryCodes.clear();
        sessionEpoch++;
    }

    public long recoveryCodesLeft() {
        return recoveryCodes.stream().filter(RecoveryCode::isUnused).count();
    }

    public @Nullable Instant secondFactorEnrolledAt() {
        return totpEnrolledAt;
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

    public long sessionEpoch() {
        return sessionEpoch;
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
