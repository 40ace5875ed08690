package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.candour.requests.RequestState;
import org.candour.requests.WorkflowException;
import org.jspecify.annotations.Nullable;

/**
 * The decision on a request: its outcome's s.45(4) ground or "no footage held" reason, who decided it, and a
 * restriction waiting for (or given) a supervisor's sign-off. Changed only through {@link FootageRequest}.
 */
@Embeddable
public class DecisionRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "restriction_ground", length = 32)
    private @Nullable RestrictionGround restrictionGround;

    @Enumerated(EnumType.STRING)
    @Column(name = "no_footage_reason", length = 32)
    private @Nullable NoFootageReason noFootageReason;

    @Column(name = "decided_by", length = 64)
    private @Nullable String decidedBy;

    @Column(name = "signed_off_by", length = 64)
    private @Nullable String signedOffBy;

    @Embedded
    private @Nullable ProposedDecision proposed;

    @Column(name = "released_copy_id")
    private @Nullable UUID releasedCopyId;

    /** Disclosure takes effect at once; a restriction needs its ground and waits for {@link #signOff}. */
    void decide(Decision decision, @Nullable RestrictionGround ground, Officer by, Instant at,
                RequestChanges request) {
        CaseAction.DECIDE.check(request.state());
        if (proposed != null) {
            throw new WorkflowException("A decision is already waiting for a supervisor's sign-off.");
        }
        if (!decision.restricts()) {
            takeEffect(decision, null, by.username(), null, at, request);
            return;
        }
        if (ground == null) {
            throw new WorkflowException("Choose the s.45(4) ground for restricting access.");
        }
        proposed = new ProposedDecision(decision, ground, by.username(), at);
        request.audit(by, "DECISION_PROPOSED", decision.name() + " under " + ground.section(), at);
        request.note(at, "Proposed: " + decision.state().publicName() + " under " + ground.section()
                + ". Waiting for a supervisor's sign-off.", by.username());
        request.updated();
    }

    /**
     * A release of the redacted disclosure copy {@code copyId} (issue 16): it waits for a supervisor's sign-off, which
     * approves the copy, even when nothing was withheld. A partial release needs its ground: redacting other people
     * is a restriction under s.45(4)(e).
     */
    void proposeRelease(Decision decision, @Nullable RestrictionGround ground, UUID copyId, String copySha256,
                        Officer by, Instant at, RequestChanges request) {
        CaseAction.DECIDE.check(request.state());
        if (proposed != null) {
            throw new WorkflowException("A decision is already waiting for a supervisor's sign-off.");
        }
        if (decision == Decision.REFUSED) {
            throw new WorkflowException("A refusal releases no copy. Record the refusal in the Decide step.");
        }
        if (decision.restricts() && ground == null) {
            throw new WorkflowException("Choose the s.45(4) ground for releasing the footage with parts hidden.");
        }
        var kept = decision.restricts() ? ground : null;
        proposed = new ProposedDecision(decision, kept, by.username(), at, copyId, copySha256);
        request.audit(by, "RELEASE_PROPOSED", decision.name() + (kept == null ? "" : " under " + kept.section())
                + ", disclosure copy " + copyId + ", SHA-256 " + copySha256, at);
        request.note(at, "Proposed: " + decision.state().publicName() + " of the redacted copy"
                + (kept == null ? "" : " under " + kept.section()) + ". Waiting for a supervisor's sign-off.",
                by.username());
        request.updated();
    }

    void signOff(Officer by, Instant at, RequestChanges request) {
        var proposal = proposalFor(by, "sign off a refusal, a partial disclosure or a disclosure copy");
        if (by.username().equals(proposal.proposedBy())) {
            throw new WorkflowException("A supervisor other than the person who proposed the decision must sign it off.");
        }
        CaseAction.DECIDE.check(request.state());
        proposed = null;
        takeEffect(proposal.decision(), proposal.ground(), proposal.proposedBy(), by.username(), at, request);
        var copyId = proposal.copyId();
        var copySha256 = proposal.copySha256();
        if (copyId != null && copySha256 != null) {
            releasedCopyId = copyId;
            request.copyApproved(copyId, copySha256, by, at);
        }
    }

    void sendBack(Officer by, Instant at, RequestChanges request) {
        var proposal = proposalFor(by, "send a proposed decision back");
        proposed = null;
        request.audit(by, "DECISION_SENT_BACK", proposal.decision().name(), at);
        request.note(at, "The proposed decision was sent back without sign-off.", by.username());
        request.updated();
    }

    void noFootageHeld(NoFootageReason reason, Officer by, Instant at, RequestChanges request) {
        CaseAction.NO_FOOTAGE_HELD_ANSWER.check(request.state());
        noFootageReason = reason;
        restrictionGround = null;
        decidedBy = by.username();
        signedOffBy = null;
        proposed = null;
        request.moveTo(RequestState.NO_FOOTAGE_HELD, by, at, "NO_FOOTAGE_HELD", reason.name());
        request.tellRequester(at, OutcomeLetter.forNoFootage(reason));
    }

    boolean awaitsSignOff() {
        return proposed != null;
    }

    /** The restriction waiting for sign-off, if {@code by} is a supervisor who may act on it. */
    private ProposedDecision proposalFor(Officer by, String what) {
        if (proposed == null) {
            throw new WorkflowException("There is no decision waiting for sign-off.");
        }
        if (!by.supervisor()) {
            throw new WorkflowException("Only a supervisor can " + what + ".");
        }
        return proposed;
    }

    private void takeEffect(Decision decision, @Nullable RestrictionGround ground, String decidedBy,
                            @Nullable String signedOffBy, Instant at, RequestChanges request) {
        this.restrictionGround = ground;
        this.noFootageReason = null;
        this.decidedBy = decidedBy;
        this.signedOffBy = signedOffBy;
        request.moveTo(decision.state(), new Officer(signedOffBy == null ? decidedBy : signedOffBy,
                        signedOffBy != null), at, decision.name(), (ground == null ? "" : ground.section())
                        + (signedOffBy == null ? "" : ", proposed by " + decidedBy + ", signed off"));
        request.tellRequester(at, OutcomeLetter.forDecision(decision, ground));
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

    /** The disclosure copy a supervisor approved for release, if the decision named one. */
    public @Nullable UUID releasedCopyId() {
        return releasedCopyId;
    }

    public @Nullable ProposedDecision proposed() {
        return proposed;
    }
}
