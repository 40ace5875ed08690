package org.candour.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.candour.footage.CollarSearchUnavailableException;
import org.candour.footage.FootageCatalogue;
import org.candour.footage.HoldRefusedException;
import org.candour.footage.NewHold;
import org.candour.footage.PreservationHoldService;
import org.candour.footage.RecordingSearch;
import org.candour.footage.RecordingSummary;
import org.candour.identity.Role;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.domain.NoFootageReason;
import org.candour.requests.domain.Officer;
import org.candour.requests.domain.RestrictionGround;
import org.candour.requests.internal.CaseDetailsMapper;
import org.candour.requests.internal.ComplaintHolds;
import org.candour.requests.internal.CurrentStaff;
import org.candour.requests.internal.DocumentViews;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework on one request for caseworkers and supervisors. Every change names the version the page read and is
 * refused with {@link RequestChangedException} if someone else changed the request since, so nothing is
 * overwritten; the workflow itself refuses illegal moves ({@link WorkflowException}). Roles are checked here as
 * well as on the pages.
 */
@Service
public class CaseworkService {

    private static final Role[] CASEWORK = {Role.CASEWORKER, Role.SUPERVISOR};
    private static final Role[] READ = {Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN};

    private static final int FOOTAGE_RESULTS = 200;

    static final String VIEWED_DOCUMENT = "VIEWED_IDENTITY_DOCUMENT";

    private final FootageRequestRepository requests;
    private final CurrentStaff staff;
    private final ApplicationEventPublisher events;
    private final FootageCatalogue catalogue;
    private final PreservationHoldService holds;
    private final ComplaintHolds complaintHolds;
    private final StoredFootage storedFootage;
    private final Clock clock;

    CaseworkService(FootageRequestRepository requests, CurrentStaff staff, ApplicationEventPublisher events,
                    FootageCatalogue catalogue, PreservationHoldService holds, ComplaintHolds complaintHolds,
                    StoredFootage storedFootage, Clock clock) {
        this.storedFootage = storedFootage;
        this.requests = requests;
        this.staff = staff;
        this.events = events;
        this.catalogue = catalogue;
        this.holds = holds;
        this.complaintHolds = complaintHolds;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<CaseDetails> find(String reference) {
        staff.require("open casework", READ);
        return load(reference).map(request -> CaseDetailsMapper.details(request, LondonTime.today(clock)));
    }

    /** The requester's identity for one view; every view is written to the audit log. */
    @Transactional
    public RequesterDetails requesterDetails(String reference) {
        var officer = staff.require("see the requester's details", CASEWORK);
        var request = load(reference).orElseThrow(() -> new WorkflowException("There is no request " + reference));
        return RequesterView.of(request, officer, clock, events);
    }

    /**
     * One identity document, decrypted for one view in the page (a PDF rendered to pictures); each view is written
     * to the audit log as a view of personal data.
     */
    @Transactional
    public DocumentView viewDocument(String reference, UUID documentId) {
        var officer = staff.require("see the requester's identity documents", CASEWORK);
        var request = load(reference).orElseThrow(() -> new WorkflowException("There is no request " + reference));
        var document = request.documents().stream().filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new WorkflowException("Request " + reference + " has no such identity document."));
        events.publishEvent(new RequestAudited(officer.username(), VIEWED_DOCUMENT, request.reference().value(),
                clock.instant(), "document " + documentId + " (" + document.type().name() + ")"));
        return DocumentViews.of(document);
    }

    @Transactional
    public CaseDetails requestIdentityDocuments(String reference, long version, String message) {
        return change(reference, version, (request, by) -> request.requestIdentityDocuments(by, message,
                clock.instant()));
    }

    @Transactional
    public CaseDetails verifyIdentity(String reference, long version, @Nullable LocalDate verifiedOn) {
        var on = required(verifiedOn, "Enter the date the identity was verified.");
        return change(reference, version, (request, by) -> request.verifyIdentity(by, on, clock.instant()));
    }

    @Transactional
    public CaseDetails startSearch(String reference, long version) {
        return change(reference, version, (request, by) -> request.startSearch(by, clock.instant()));
    }

    @Transactional
    public CaseDetails askForClarification(String reference, long version, String question) {
        return change(reference, version, (request, by) -> request.askForClarification(by, question,
                clock.instant()));
    }

    @Transactional
    public CaseDetails clarificationReceived(String reference, long version, @Nullable LocalDate answeredOn) {
        var on = required(answeredOn, "Enter the date the answer arrived.");
        return change(reference, version, (request, by) -> request.clarificationReceived(by, on, clock.instant()));
    }

    /** s.54(3C): the requester's reply answers the question; the clock keeps running from the day after it. */
    @Transactional
    public CaseDetails confirmAnswer(String reference, long version) {
        return change(reference, version, (request, by) -> request.confirmAnswer(by, clock.instant()));
    }

    @Transactional
    public CaseDetails startReview(String reference, long version) {
        return change(reference, version, (request, by) -> request.startReview(by, clock.instant()));
    }

    @Transactional
    public CaseDetails decide(String reference, long version, @Nullable Decision decision,
                              @Nullable RestrictionGround ground) {
        var chosen = required(decision, "Choose a decision.");
        return change(reference, version, (request, by) -> request.decide(chosen, ground,
                chosen != Decision.REFUSED && storedFootage.anyStoredFor(reference), by, clock.instant()));
    }

    /**
     * Proposes releasing the disclosure copy {@code copyId} (issue 16). A copy with other people redacted is a partial
     * disclosure under s.45(4)(e), to protect the rights and freedoms of others; a copy with nothing hidden is a full
     * disclosure. Either waits for a supervisor other than the proposer to sign it off, which approves the copy.
     */
    @Transactional
    public CaseDetails proposeRelease(String reference, long version, boolean redacted, UUID copyId,
                                      String copySha256) {
        return change(reference, version, (request, by) -> request.proposeRelease(redacted
                        ? Decision.PARTIALLY_DISCLOSED : Decision.DISCLOSED,
                redacted ? RestrictionGround.RIGHTS_OF_OTHERS : null, copyId, copySha256, by, clock.instant()));
    }

    @Transactional
    public CaseDetails signOff(String reference, long version) {
        staff.require("sign off a restriction", Role.SUPERVISOR);
        return change(reference, version, (request, by) -> request.signOff(by, clock.instant()));
    }

    @Transactional
    public CaseDetails sendBack(String reference, long version) {
        staff.require("send a proposed decision back", Role.SUPERVISOR);
        return change(reference, version, (request, by) -> request.sendBack(by, clock.instant()));
    }

    @Transactional
    public CaseDetails noFootageHeld(String reference, long version, @Nullable NoFootageReason reason) {
        var why = required(reason, "Choose why no footage is held.");
        return change(reference, version, (request, by) -> request.noFootageHeld(why, by, clock.instant()));
    }

    @Transactional
    public CaseDetails extend(String reference, long version, int months, String reason,
                              @Nullable LocalDate noticeOn) {
        var on = required(noticeOn, "Enter the date of the extension notice.");
        return change(reference, version, (request, by) -> request.extend(months, reason, on, by, clock.instant()));
    }

    @Transactional
    public CaseDetails withdraw(String reference, long version) {
        return change(reference, version, (request, by) -> {
            request.withdraw(by, clock.instant());
            complaintHolds.releaseIfFinished(request, by, clock.instant());
        });
    }

    @Transactional
    public CaseDetails close(String reference, long version) {
        return change(reference, version, (request, by) -> {
            request.close(by, clock.instant());
            complaintHolds.releaseIfFinished(request, by, clock.instant());
        });
    }

    @Transactional
    public CaseDetails requestInternalReview(String reference, long version) {
        return change(reference, version, (request, by) -> request.requestInternalReview(by, clock.instant()));
    }

    @Transactional
    public CaseDetails recordIcoReferral(String reference, long version, String icoReference,
                                         @Nullable LocalDate referredOn) {
        var on = required(referredOn, "Enter the date of the referral.");
        return change(reference, version, (request, by) -> request.recordIcoReferral(icoReference, on, by,
                clock.instant()));
    }

    @Transactional
    public CaseDetails sendMessage(String reference, long version, String text) {
        return change(reference, version, (request, by) -> request.sendMessage(text, by, clock.instant()));
    }

    @Transactional
    public CaseDetails addNote(String reference, long version, String text) {
        return change(reference, version, (request, by) -> request.addNote(text, by, clock.instant()));
    }

    /**
     * Recordings in the request's borough overlapping the window (London date and times), optionally from one
     * camera, earliest first, from the footage catalogue.
     */
    @Transactional(readOnly = true)
    public List<RecordingSummary> findFootage(String reference, @Nullable LocalDate date, @Nullable LocalTime from,
                                              @Nullable LocalTime to, @Nullable String cameraId) {
        return findFootage(reference, date, from, to, cameraId, null);
    }

    /**
     * As above, and only the recordings of the officer with this collar number, if one is given: matched through
     * the catalogue's pseudonymous officer key, so that the catalogue never holds collar numbers.
     */
    @Transactional(readOnly = true)
    public List<RecordingSummary> findFootage(String reference, @Nullable LocalDate date, @Nullable LocalTime from,
                                              @Nullable LocalTime to, @Nullable String cameraId,
                                              @Nullable String collarNumber) {
        staff.require("search the footage catalogue", CASEWORK);
        var request = load(reference).orElseThrow(() -> new WorkflowException("There is no request " + reference));
        var day = required(date, "Enter the date to search.");
        var start = required(from, "Enter the time the window starts.");
        var end = required(to, "Enter the time the window ends.");
        if (!end.isAfter(start)) {
            throw new WorkflowException("The window must end after it starts.");
        }
        try {
            return catalogue.find(new RecordingSearch(request.incident().boroughCode(),
                    day.atTime(start).atZone(LondonTime.ZONE).toInstant(), day.atTime(end).atZone(LondonTime.ZONE)
                    .toInstant(), blankToNull(cameraId), blankToNull(collarNumber), FOOTAGE_RESULTS));
        } catch (CollarSearchUnavailableException | IllegalArgumentException e) {
            throw new WorkflowException(e.getMessage());
        }
    }

    /** Whether the footage search can match a collar number (the evidence system's officer key is set up). */
    public boolean collarSearchAvailable() {
        return catalogue.collarSearchAvailable();
    }

    @Transactional
    public CaseDetails attachRecording(String reference, long version, String recordingId) {
        return change(reference, version, (request, by) -> attach(request, recordingId, by));
    }

    /**
     * Attaches the recording if it is not yet attached and places a preservation hold on it in the footage
     * catalogue, so the 31-day rule no longer deletes it; both or neither.
     */
    @Transactional
    public CaseDetails preserveRecording(String reference, long version, String recordingId) {
        return change(reference, version, (request, by) -> {
            if (!request.hasRecording(recordingId)) {
                attach(request, recordingId, by);
            }
            try {
                holds.placeHold(new NewHold(List.of(recordingId), by.username(), "Footage request "
                        + request.reference().value() + ": preserved for the requester's right of access (s.45)",
                        request.reference().value(), null));
            } catch (HoldRefusedException refused) {
                throw new WorkflowException(refused.getMessage());
            }
            request.recordHold(recordingId, by, clock.instant());
        });
    }

    /** Keeps the holds a complaint body's preservation ask placed. */
    @Transactional
    public CaseDetails confirmComplaintHolds(String reference, long version) {
        return change(reference, version, (request, by) -> request.confirmComplaintHolds(by, clock.instant()));
    }

    /** Releases the holds placed for complaints, with a reason; the recordings follow the 31-day rule again. */
    @Transactional
    public CaseDetails releaseComplaintHolds(String reference, long version, String reason) {
        return change(reference, version, (request, by) -> {
            if (reason.isBlank() || reason.strip().length() > 1000) {
                throw new WorkflowException("Enter the reason for releasing the holds, 1000 characters or fewer.");
            }
            int released = complaintHolds.release(request, by, reason.strip());
            if (released == 0) {
                throw new WorkflowException("No holds for complaints are in place on this request.");
            }
            request.recordComplaintHoldsReleased(by, reason.strip(), released, clock.instant());
        });
    }

    private void attach(FootageRequest request, String recordingId, Officer by) {
        if (catalogue.recording(recordingId).isEmpty()) {
            throw new WorkflowException("No recording in the footage catalogue has the id " + recordingId + ".");
        }
        request.attachRecording(recordingId, by, clock.instant());
        var cadReference = request.incident().cadReference();
        if (cadReference != null && !cadReference.isBlank()) {
            catalogue.recordCadReference(recordingId, cadReference.strip());
        }
    }

    private CaseDetails change(String reference, long version, BiConsumer<FootageRequest, Officer> change) {
        var officer = staff.require("change casework", CASEWORK);
        var request = load(reference).orElseThrow(() -> new WorkflowException("There is no request " + reference));
        if (request.version() != version) {
            throw new RequestChangedException();
        }
        change.accept(request, officer);
        try {
            return CaseDetailsMapper.details(requests.saveAndFlush(request), LondonTime.today(clock));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new RequestChangedException();
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> T required(@Nullable T value, String problem) {
        if (value == null) {
            throw new WorkflowException(problem);
        }
        return value;
    }

    private Optional<FootageRequest> load(String reference) {
        return requests.findByTypedReference(reference);
    }
}
