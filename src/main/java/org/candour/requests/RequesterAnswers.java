package org.candour.requests;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.domain.NewDocument;
import org.candour.requests.domain.Officer;
import org.candour.requests.internal.ComplaintHolds;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a requester does on the tracking page, with their reference and secret given again for each action (a
 * mismatch counts as a failed tracking attempt and changes nothing): reply to a message, send another identity
 * document, withdraw the request, ask for an internal review. Each answers with the request's status after it, or
 * refuses with a message written for the requester ({@link WorkflowException}, or
 * {@link org.candour.requests.domain.InvalidDocumentException} for a file), in which case nothing is saved. A
 * reply, documents or a review carry the submission key of the form they came from: sent again, they change nothing.
 */
@Service
public class RequesterAnswers {

    static final String CHANGED_MEANWHILE = "Your request changed while you were sending this, so nothing was "
            + "saved. Check the page and try again.";

    private final RequestTrackingService tracking;
    private final FootageRequestRepository requests;
    private final ComplaintHolds complaintHolds;
    private final Clock clock;

    RequesterAnswers(RequestTrackingService tracking, FootageRequestRepository requests,
                     ComplaintHolds complaintHolds, Clock clock) {
        this.tracking = tracking;
        this.requests = requests;
        this.complaintHolds = complaintHolds;
        this.clock = clock;
    }

    /** A reply to our message, with up to 2 attachments; an answer to a question restarts the s.54(3C) clock. */
    @Transactional
    public TrackingOutcome reply(TrackingCredentials who, UUID submission, String text,
                                 List<NewDocument> attachments) {
        return change(who, request -> request.receiveReply(submission, text, attachments, clock.instant()));
    }

    /** 1 or 2 more identity documents. */
    @Transactional
    public TrackingOutcome sendDocuments(TrackingCredentials who, UUID submission, List<NewDocument> documents) {
        return change(who, request -> request.receiveDocuments(submission, documents, clock.instant()));
    }

    /** Withdraws the request; holds placed for complaints end if no complaint still needs them. */
    @Transactional
    public TrackingOutcome withdraw(TrackingCredentials who) {
        return change(who, request -> {
            request.withdrawByRequester(clock.instant());
            complaintHolds.releaseIfFinished(request, Officer.REQUESTER, clock.instant());
        });
    }

    /** An internal review of the decision, with the requester's reasons. */
    @Transactional
    public TrackingOutcome askForInternalReview(TrackingCredentials who, UUID submission, String reasons) {
        return change(who, request -> request.askForInternalReview(submission, reasons, clock.instant()));
    }

    private TrackingOutcome change(TrackingCredentials who, Consumer<FootageRequest> change) {
        return tracking.withRequest(who.reference(), who.secret(), who.clientAddress(), request -> {
            change.accept(request);
            try {
                return requests.saveAndFlush(request);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                throw new WorkflowException(CHANGED_MEANWHILE);
            }
        });
    }
}
