package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import org.candour.requests.RequestUpdate;
import org.candour.requests.WorkflowException;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;

/** The s.54(3A) extension of the time limit: by how many months, when the requester was told, and why. */
@Embeddable
public class Extension {

    @Column(name = "extension_months", nullable = false)
    private int months;

    @Column(name = "extension_notice_on")
    private @Nullable LocalDate noticeOn;

    @Column(name = "extension_reason", length = 1000)
    private @Nullable String reason;

    /**
     * Extends the time limit by one or two further months, with reasons told to the requester; the notice must be
     * given within the first month (s.54(3B)(a), {@link StatutoryDeadline#extensionAllowedOn}).
     */
    void extend(int months, String reason, LocalDate noticeOn, Officer by, Instant at, RequestChanges request) {
        CaseAction.EXTEND.check(request.state());
        if (isGranted()) {
            throw new WorkflowException("This request has already been extended (s.54(3A)).");
        }
        if (months < 1 || months > StatutoryClock.MAX_EXTENSION_MONTHS) {
            throw new WorkflowException("An extension is one or two further months (s.54(3A)).");
        }
        String why = StaffInput.requireText(reason, "Give the reason for the extension: the requester is told it");
        LocalDate today = at.atZone(LondonTime.ZONE).toLocalDate();
        var deadline = request.deadline(today);
        if (noticeOn.isAfter(today) || !deadline.extensionAllowedOn(noticeOn)) {
            throw new WorkflowException("The extension notice must be given within the first month, by "
                    + (deadline.originalDueDate() == null ? "the original due date"
                    : LondonTime.inWords(deadline.originalDueDate())) + ", and not later than today (s.54(3A)).");
        }
        this.months = months;
        this.noticeOn = noticeOn;
        this.reason = why;
        request.audit(by, "EXTENDED", "s.54(3A) by " + months + (months == 1 ? " month" : " months"), at);
        request.refreshDueDate(today);
        request.message(at, "We need more time to answer your request, because: " + why + " We will reply by "
                + LondonTime.inWords(request.deadline(today).dueDate()) + " (section 54(3A)).", by);
        request.updated(RequestUpdate.EXTENDED);
    }

    /** The reason is free text told to the requester, so it goes with their personal data; the facts stay. */
    void eraseReason() {
        reason = null;
    }

    boolean isGranted() {
        return months > 0;
    }

    /** 0 when the time limit has not been extended. */
    public int months() {
        return months;
    }

    public @Nullable LocalDate noticeOn() {
        return noticeOn;
    }

    public @Nullable String reason() {
        return reason;
    }
}
