package org.candour.disclosure.review;

import org.candour.disclosure.DisclosureCopyApproved;
import org.candour.disclosure.FootageAudited;
import org.candour.disclosure.domain.RedactionJobException;
import org.candour.disclosure.internal.FootageFileRecords;
import org.candour.disclosure.internal.RedactionJobRecords;
import org.candour.requests.ReleaseCopySignedOff;
import org.candour.requests.WorkflowException;
import org.candour.shared.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A supervisor's sign-off of a release naming a disclosure copy, inside the sign-off's transaction: the copy must be
 * the stored, current copy of its clip with the SHA-256 it was proposed with; its job becomes SIGNED_OFF, the approval
 * is audited and {@link DisclosureCopyApproved} is published for delivery. Anything wrong refuses the sign-off, which
 * is then undone with all of this.
 */
@Component
class CopyApprovals {

    private final RedactionJobRecords jobs;
    private final FootageFileRecords files;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CopyApprovals(RedactionJobRecords jobs, FootageFileRecords files, AuditTrail audit,
                  ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.files = files;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    void on(ReleaseCopySignedOff signedOff) {
        var copy = files.byId(signedOff.copyId()).filter(file -> file.requestReference().equals(signedOff.reference()))
                .orElseThrow(() -> new WorkflowException("The disclosure copy named in the decision is not stored "
                        + "with this request. Send the decision back."));
        if (!copy.sha256().equals(signedOff.sha256())) {
            throw new WorkflowException("The disclosure copy's SHA-256 is not the one it was proposed with. Send the "
                    + "decision back.");
        }
        var job = jobs.byRenderedId(copy.id()).orElseThrow(() -> new WorkflowException("The disclosure copy named "
                + "in the decision is no longer the current copy of its clip (the redaction was changed after the "
                + "release was proposed). Send the decision back so that the caseworker proposes the current copy."));
        try {
            jobs.update(job.signedOff(copy.id(), signedOff.at()));
        } catch (RedactionJobException refused) {
            throw new WorkflowException(refused.getMessage());
        }
        audit.record(new FootageAudited(signedOff.signedOffBy(), FootageAudited.COPY_APPROVED, signedOff.reference(),
                signedOff.at(), "Disclosure copy " + copy.id() + ", SHA-256 " + copy.sha256()
                        + ", approved for release by sign-off"));
        events.publishEvent(new DisclosureCopyApproved(signedOff.reference(), copy.id(), copy.sha256(),
                signedOff.at()));
    }
}
