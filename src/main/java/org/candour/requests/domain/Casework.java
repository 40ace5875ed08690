package org.candour.requests.domain;

import org.candour.requests.RequestState;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The casework facts of a request: who has it, its stored due date (for the queue; "overdue" is computed from it
 * when read), the state a clarification returns to, an ICO referral. Changed only by the guarded transitions of
 * {@link FootageRequest}.
 */
@Embeddable
public class Casework {

    @Column(name = "assigned_to", length = 64)
    @Nullable String assignedTo;

    /** The s.54 due date as of the last change; while paused, the date that applied when the pause began. */
    @Column(name = "due_on")
    @Nullable LocalDate dueOn;

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

    public @Nullable LocalDate icoReferralOn() {
        return icoReferralOn;
    }

    public @Nullable String icoReference() {
        return icoReference;
    }
}
