package org.candour.requests.internal;

import java.time.LocalDate;
import java.util.List;
import org.candour.requests.CaseDetails;
import org.candour.requests.domain.ComplaintLink;
import org.candour.requests.domain.DecisionRecord;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.InternalReview;
import org.candour.requests.domain.PendingAnswer;
import org.candour.requests.domain.RestrictionGround;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.jspecify.annotations.Nullable;

/** Turns a request into what the request page shows: workflow, clocks, timeline; no requester identity. */
public final class CaseDetailsMapper {

    private CaseDetailsMapper() {
    }

    public static CaseDetails details(FootageRequest request, LocalDate today) {
        var deadline = request.deadline(today);
        var casework = request.casework();
        var incident = request.incident();
        return new CaseDetails(request.reference().value(), request.version(), request.state(),
                new CaseDetails.Incident(incident.date(), incident.timeFrom(), incident.timeTo(),
                        incident.boroughCode(), Boroughs.byCode(incident.boroughCode()).map(Borough::name)
                        .orElse("London"), incident.location(), incident.description(), incident.collarNumber(),
                        incident.cadReference(), incident.stopAndSearch(), request.accessPreference().label()),
                request.receivedOn(), request.identityVerifiedOn(), deadline,
                request.isOverdue(today), request.footageDeletionDate(), request.isFootageAtRisk(today),
                request.isPreserved(), request.preservationToConfirm(), casework.assignedTo(),
                decision(request.decision()), extension(request),
                casework.icoReferralOn() == null || casework.icoReference() == null ? null
                        : new CaseDetails.IcoReferral(casework.icoReferralOn(), casework.icoReference()),
                request.complaintLinks().stream().map(link -> new CaseDetails.Complaint(link.complaintReference(),
                        link.linkedBy(), link.linkedAt(), status(link))).toList(),
                request.recordings().stream().map(r -> new CaseDetails.Recording(r.recordingId(), r.attachedBy(),
                        r.attachedAt(), r.held())).toList(),
                request.timeline().stream().map(e -> new CaseDetails.Entry(e.at(), e.kind().name(), e.author(),
                        e.text(), e.visibleToRequester())).toList(),
                request.availableActions(), request.personalDataErasedOn(), replies(request),
                answerToCheck(request.pendingAnswer()), review(request.internalReview()));
    }

    private static List<CaseDetails.Reply> replies(FootageRequest request) {
        var documents = request.documents();
        return request.replies().stream().map(reply -> new CaseDetails.Reply(reply.receivedAt(), switch (reply.kind()) {
            case REPLY -> "Reply";
            case DOCUMENTS -> "Identity documents";
            case REVIEW_REASONS -> "Asked for an internal review";
        }, reply.text(), (int) documents.stream().filter(d -> reply.id().equals(d.replyId())).count())).toList();
    }

    private static CaseDetails.@Nullable AnswerToCheck answerToCheck(PendingAnswer answer) {
        return !answer.waits() || answer.receivedOn() == null ? null : new CaseDetails.AnswerToCheck(
                answer.receivedOn(), answer.question() == PendingAnswer.Question.CLARIFICATION);
    }

    private static CaseDetails.@Nullable Review review(InternalReview review) {
        return review.askedAt() == null ? null
                : new CaseDetails.Review(review.askedAt(), review.ofDecidedBy(), review.ofSignedOffBy());
    }

    private static String status(ComplaintLink link) {
        if (link.isClosed()) {
            return "Closed";
        }
        if (!link.isProposed()) {
            return "Named by the requester; the complaint body has not linked it";
        }
        if (link.awaitsApproval()) {
            return "Waiting for the requester's consent or a supervisor's approval";
        }
        return link.isConsented() ? "Active: the requester consented" + (link.sharesIdentity()
                ? ", including their identity" : "") : "Active: approved by " + link.approvedBy();
    }

    private static CaseDetails.Decision decision(DecisionRecord decision) {
        var proposed = decision.proposed();
        return new CaseDetails.Decision(label(decision.restrictionGround()),
                decision.noFootageReason() == null ? null : decision.noFootageReason().explanation(),
                decision.decidedBy(), decision.signedOffBy(),
                proposed == null ? null : proposed.decision().state().publicName(),
                proposed == null ? null : label(proposed.ground()),
                proposed == null ? null : proposed.proposedBy(), proposed == null ? null : proposed.copyId(),
                decision.releasedCopyId());
    }

    private static CaseDetails.@Nullable Extension extension(FootageRequest request) {
        var extension = request.extension();
        return extension.months() == 0 || extension.noticeOn() == null || extension.reason() == null ? null
                : new CaseDetails.Extension(extension.months(), extension.noticeOn(), extension.reason());
    }

    private static @Nullable String label(@Nullable RestrictionGround ground) {
        return ground == null ? null : ground.label();
    }
}
