package org.candour.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.candour.requests.domain.CaseAction;
import org.candour.requests.domain.StatutoryDeadline;
import org.jspecify.annotations.Nullable;

/**
 * A request as the request page shows it to staff, without the requester's identity (that is shown only on
 * demand, and audited: {@link RequesterDetails}). {@code version} is the version read: every change is made on it.
 * {@code preservationToConfirm}: a complaint body asked for preservation and its holds wait for a caseworker.
 * {@code personalDataErasedOn}: the London date the requester's personal data was erased at the end of its
 * retention period (the incident account is then empty), null before. {@code replies}: what the requester wrote
 * from the tracking page, oldest first. {@code answerToCheck}: a reply to our question waiting for a caseworker.
 * {@code review}: the internal review, if one was asked for, with who made the decision under review.
 */
public record CaseDetails(String reference, long version, RequestState state, Incident incident,
                          LocalDate receivedOn, @Nullable LocalDate identityVerifiedOn, StatutoryDeadline deadline,
                          boolean overdue, LocalDate footageDeletionDate, boolean footageAtRisk, boolean preserved,
                          boolean preservationToConfirm, @Nullable String assignedTo, Decision decision,
                          @Nullable Extension extension, @Nullable IcoReferral icoReferral,
                          List<Complaint> complaints, List<Recording> recordings, List<Entry> timeline,
                          Set<CaseAction> actions, @Nullable LocalDate personalDataErasedOn, List<Reply> replies,
                          @Nullable AnswerToCheck answerToCheck, @Nullable Review review) {

    /** A reply, further documents, or the reasons for a review; {@code text} is null for documents alone. */
    public record Reply(Instant receivedAt, String kind, @Nullable String text, int attachments) {
    }

    /** A reply to a question for clarification ({@code clarification}) or for identity, received on a London date. */
    public record AnswerToCheck(LocalDate receivedOn, boolean clarification) {
    }

    /** An internal review: asked at, and who made the decision under review (neither may decide it). */
    public record Review(Instant askedAt, @Nullable String ofDecidedBy, @Nullable String ofSignedOffBy) {

        public boolean madeTheDecision(String username) {
            return username.equals(ofDecidedBy) || username.equals(ofSignedOffBy);
        }
    }

    public record Incident(LocalDate date, LocalTime from, LocalTime to, String boroughCode, String boroughName,
                           String location, String description, @Nullable String collarNumber,
                           @Nullable String cadReference, boolean stopAndSearch, String accessPreference) {
    }

    /**
     * The outcome so far, and a decision proposed and waiting for sign-off (null fields when there is none); a
     * release names the disclosure copy it proposes ({@code proposedCopyId}) or released ({@code releasedCopyId}).
     */
    public record Decision(@Nullable String restrictionGround, @Nullable String noFootageReason,
                           @Nullable String decidedBy, @Nullable String signedOffBy, @Nullable String proposedOutcome,
                           @Nullable String proposedGround, @Nullable String proposedBy,
                           java.util.@Nullable UUID proposedCopyId, java.util.@Nullable UUID releasedCopyId) {

        public boolean awaitingSignOff() {
            return proposedOutcome != null;
        }
    }

    public record Extension(int months, LocalDate noticeOn, String reason) {
    }

    public record IcoReferral(LocalDate referredOn, String icoReference) {
    }

    /** A link to a complaint; {@code linkedBy} is null while only the requester has named the complaint. */
    public record Complaint(String complaintReference, @Nullable String linkedBy, Instant linkedAt, String status) {
    }

    public record Recording(String recordingId, String attachedBy, Instant attachedAt, boolean held) {
    }

    public record Entry(Instant at, String kind, @Nullable String author, String text, boolean visibleToRequester) {
    }

    public boolean allows(CaseAction action) {
        return actions.contains(action);
    }
}
