package org.candour.requests.domain;

import org.candour.requests.RequestState;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The casework facts of a request: who has it, its stored due date (for the queue; "overdue" is computed from it
 * when read), the s.54(3A) extension notice, the decision with its s.45(4) ground and sign-off, an ICO referral.
 * Changed only by the guarded transitions of {@link FootageRequest}.
 */
@Embeddable
public class Casework {

    @Column(name = "assigned_to", length = 64)
    @Nullable String assignedTo;

    /** The s.54 due date as of the last change; while paused, the date that applied when the pause began. */
    @Column(name = "due_on")
    @Nullable LocalDate dueOn;

    @Column(name = "extension_notice_on")
    @Nullable LocalDate extensionNoticeOn;

    @Column(name = "extension_reason", length = 1000)
    @Nullable String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "restriction_ground", length = 32)
    @Nullable RestrictionGround restrictionGround;

    @Enumerated(EnumType.STRING)
    @Column(name = "no_footage_reason", length = 32)
    @Nullable NoFootageReason noFootageReason;

    @Column(name = "decided_by", length = 64)
    @Nullable String decidedBy;

    @Column(name = "signed_off_by", length = 64)
    @Nullable String signedOffBy;

    @Embedded
    @Nullable ProposedDecision proposed;

    @Column(name = "ico_referral_on")
    @Nullable LocalDate icoReferralOn;

    @Column(name = "ico_reference", length = 40)
    @Nullable String icoReference;

    /** The state to go back to when the clarification asked for arrives (s.54(3C)). */
    @Enumerated(EnumType.STRING)
    @Column(name = "resume_state", length = 32)
    @Nullable RequestState resumeState;

    public @Nullable String assignedTo() {
        return assignedTo;
    }

    public @Nullable LocalDate dueOn() {
        return dueOn;
    }

    public @Nullable LocalDate extensionNoticeOn() {
        return extensionNoticeOn;
    }

    public @Nullable String extensionReason() {
        return extensionReason;
    }

    public @Nullable RestrictionGround restrictionGround() {
        return restrictionGround;
    }

    public @Nullable NoFootageReason noFootageReason() {
        return noFootageReason;
    }

    public @Nullable String decidedBy() {
        return decidedBy;
    }

    public @Nullable String signedOffBy() {
        return signedOffBy;
    }

    public @Nullable ProposedDecision proposed() {
        return proposed;
    }

    public @Nullable LocalDate icoReferralOn() {
        return icoReferralOn;
    }

    public @Nullable String icoReference() {
        return icoReference;
    }
}
