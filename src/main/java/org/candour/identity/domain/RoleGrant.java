package org.candour.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.candour.identity.Role;

/**
 * A role that reads personal data, asked for by one administrator and waiting for another's approval (ASVS 1.2 and
 * 4.1: separation of duties). Until approved the account does not have the role. Not approved within
 * {@link #LAPSES_AFTER}, it lapses; the one who asked can never approve it.
 */
@Entity
@Table(name = "staff_role_grant")
public class RoleGrant {

    public static final Duration LAPSES_AFTER = Duration.ofDays(7);

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "asked_by", nullable = false, length = 64)
    private String askedBy;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Version
    private long version;

    protected RoleGrant() {
        this.id = UUID.randomUUID();
        this.accountId = id;
        this.role = Role.MONITORING;
        this.askedBy = "";
        this.askedAt = Instant.EPOCH;
    }

    private RoleGrant(UUID accountId, Role role, String askedBy, Instant askedAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.role = role;
        this.askedBy = StaffAccount.normaliseUsername(askedBy);
        this.askedAt = askedAt;
    }

    /** The roles of {@code after} that are not in {@code before} and need approval; removing a role needs none. */
    public static Set<Role> needingApproval(Set<Role> before, Set<Role> after) {
        var needing = EnumSet.noneOf(Role.class);
        after.stream().filter(role -> !before.contains(role)).filter(Role::readsPersonalData).forEach(needing::add);
        return needing;
    }

    public static RoleGrant ask(UUID accountId, Role role, String administrator, Instant now) {
        if (!role.readsPersonalData()) {
            throw new IllegalArgumentException(role + " needs no approval");
        }
        return new RoleGrant(accountId, role, administrator, now);
    }

    /** What an administrator's approval would do now. */
    public enum Approval { APPROVED, ASKED_BY_THEM, LAPSED }

    public Approval approvalBy(String administrator, Instant now) {
        if (hasLapsed(now)) {
            return Approval.LAPSED;
        }
        return askedBy.equals(StaffAccount.normaliseUsername(administrator)) ? Approval.ASKED_BY_THEM
                : Approval.APPROVED;
    }

    public boolean hasLapsed(Instant now) {
        return !now.isBefore(lapsesAt());
    }

    public Instant lapsesAt() {
        return askedAt.plus(LAPSES_AFTER);
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public Role role() {
        return role;
    }

    public String askedBy() {
        return askedBy;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public long version() {
        return version;
    }
}
