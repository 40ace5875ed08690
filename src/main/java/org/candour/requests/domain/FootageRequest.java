package org.candour.requests.domain;

import org.candour.requests.RequesterAction;

import org.candour.requests.RequestState;
import org.candour.requests.WorkflowException;
import static org.candour.requests.domain.StaffInput.requireText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.candour.requests.IdentityDocumentsSent;
import org.candour.requests.InternalReviewAsked;
import org.candour.requests.ReleaseCopySignedOff;
import org.candour.requests.RequestAudited;
import org.candour.requests.RequestWithdrawnByRequester;
import org.candour.requests.RequesterReplied;
import org.candour.requests.RequestStateChanged;
import org.candour.requests.RequestSubmitted;
import org.candour.requests.RequestUpdate;
import org.candour.requests.RequestUpdated;
import org.candour.requests.Urgency;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A member of the public's request for body-worn video of themselves: the right of access, DPA 2018 s.45. This
 * aggregate root is the only entry point; it keeps the state, stages, timeline and clarification pauses, and takes
 * the identity, search, clarification, review and closing transitions itself. The decision and its s.45(4) sign-off
 * live in {@link DecisionRecord}, the s.54(3A) extension in {@link Extension}, attached recordings, holds and
 * complaint links in {@link Attachments}, and who has the case, its due date and an ICO referral in
 * {@link Casework}. Each part is handed the root's {@link RequestChanges} to move the state, audit, write the
 * timeline and register events, which only the root may do.
 */
@Entity
@Table(name = FootageRequest.TABLE)
public class FootageRequest extends AbstractAggregateRoot<FootageRequest> {

    /** The table, part of the associated data every sealed value of a request is bound to. */
    public static final String TABLE = "footage_request";

    @Id
    private UUID id;

    @Column(name = "reference", nullable = false, unique = true, length = 16)
    private String reference;

    /** The idempotency key of the filing form: a resubmitted form finds the request it already filed. */
    @Column(name = "submission_key", nullable = false, unique = true)
    private UUID submissionKey;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 32)
    private RequestState state;

    @Version
    private long version;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "identity_verified_on")
    private @Nullable LocalDate identityVerifiedOn;

    /** Null once erased: see {@link #erasePersonalData}. */
    @Embedded
    private @Nullable Requester requester;

    @Column(name = "personal_data_erased_on")
    private @Nullable LocalDate personalDataErasedOn;

    @Embedded
    private Incident incident;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_preference", nullable = false, length = 8)
    private AccessPreference accessPreference;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    private List<IdentityDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "clarification_pause", joinColumns = @JoinColumn(name = "request_id"))
    private List<ClarificationPause> pauses = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    @OrderBy("at")
    private List<TimelineEntry> timeline = new ArrayList<>();

    /** Null when Hibernate loads a request whose casework columns are all empty: see {@link #casework()}. */
    @Embedded
    private @Nullable Casework casework = new Casework();

    /** Null when Hibernate loads an undecided request: see {@link #decision()}. */
    @Embedded
    private @Nullable DecisionRecord decision = new DecisionRecord();

    @Embedded
    private Extension extension = new Extension();

    @ElementCollection
    @CollectionTable(name = "complaint_link", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("linkedAt")
    private List<ComplaintLink> complaintLinks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "request_recording", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("attachedAt")
    private List<AttachedRecording> recordings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "request_stage", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("enteredAt")
    private List<Stage> stages = new ArrayList<>();

    @Column(name = "preservation_to_confirm", nullable = false)
    private boolean preservationToConfirm;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    @OrderBy("receivedAt")
    private List<RequesterReply> replies = new ArrayList<>();

    /** Null when Hibernate loads a request with no answer waiting: see {@link #pendingAnswer()}. */
    @Embedded
    private @Nullable PendingAnswer pendingAnswer = new PendingAnswer();

    /** Null when Hibernate loads a request never reviewed: see {@link #internalReview()}. */
    @Embedded
    private @Nullable InternalReview internalReview = new InternalReview();

    private final transient Changes changes = new Changes();

    protected FootageRequest() {
        this.id = UUID.randomUUID();
        this.reference = this.secretHash = "";
        this.submissionKey = UUID.randomUUID();
        this.state = RequestState.SUBMITTED;
        this.submittedAt = Instant.EPOCH;
        this.receivedOn = LocalDate.EPOCH;
        this.requester = new Requester();
        this.incident = new Incident();
        this.accessPreference = AccessPreference.COPY;
    }

    private FootageRequest(RequestReference reference, UUID submissionKey, String secretHash, Instant submittedAt,
                           Requester requester, Incident incident, AccessPreference accessPreference) {
        this.id = UUID.randomUUID();
        this.reference = reference.value();
        this.submissionKey = submissionKey;
        this.secretHash = secretHash;
        this.state = RequestState.SUBMITTED;
        this.submittedAt = submittedAt;
        this.receivedOn = submittedAt.atZone(LondonTime.ZONE).toLocalDate();
        this.requester = requester;
        this.incident = incident;
        this.accessPreference = accessPreference;
        placeSealedValues();
    }

    /** Binds the sealed personal data to this request's row: when filed, and each time it is loaded. */
    @PostLoad
    private void placeSealedValues() {
        if (requester != null) {
            requester.placeIn(id);
        }
        incident.placeIn(id);
    }

    /** Files a new request; the s.54 clock waits for identity verification before it starts. */
    public static FootageRequest file(RequestReference reference, UUID submissionKey, String secretHash,
                                      Instant submittedAt, Requester requester, Incident incident,
                                      AccessPreference accessPreference, List<NewDocument> documents) {
        DocumentRules.checkAll(documents);
        var request = new FootageRequest(reference, submissionKey, secretHash, submittedAt, requester, incident,
                accessPreference);
        documents.forEach(d -> request.documents.add(new IdentityDocument(d.fileName(), DocumentRules.check(d), d.content())));
        request.timeline.add(new TimelineEntry(submittedAt, "We received your request.", true));
        request.stages.add(new Stage(RequestState.SUBMITTED, submittedAt));
        request.registerEvent(new RequestSubmitted(request.id));
        return request;
    }

    // ---- Casework: guarded transitions (DOMAIN.md). Each refuses an illegal move with a WorkflowException, closes
    // ---- the current stage and opens the next, tells the requester what they need to know, and registers events.

    /** Asks the requester for (further) identity documents; the s.54 clock has not started (s.54(3)(b)). */
    public void requestIdentityDocuments(Officer by, String message, Instant at) {
        CaseAction.REQUEST_IDENTITY_DOCUMENTS.check(state);
        String text = requireText(message, "Write what the requester must send");
        pendingAnswer().settled();
        if (state == RequestState.AWAITING_IDENTITY) { // asked again: the documents sent did not do
            changes.audit(by, "IDENTITY_DOCUMENTS_REQUESTED", "asked again", at);
            changes.updated();
        } else {
            changes.moveTo(RequestState.AWAITING_IDENTITY, by, at, "IDENTITY_DOCUMENTS_REQUESTED", "");
        }
        changes.message(at, text, by);
    }

    /** Records that identity is verified on {@code verifiedOn}: the s.54 clock starts (s.54(3)). */
    public void verifyIdentity(Officer by, LocalDate verifiedOn, Instant at) {
        CaseAction.VERIFY_IDENTITY.check(state);
        LocalDate today = londonDate(at);
        if (verifiedOn.isBefore(receivedOn) || verifiedOn.isAfter(today)) {
            throw new WorkflowException("Identity can only be verified between the day the request was received ("
                    + LondonTime.inWords(receivedOn) + ") and today.");
        }
        identityVerifiedOn = verifiedOn;
        pendingAnswer().settled();
        changes.moveTo(RequestState.IDENTITY_VERIFIED, by, at, "IDENTITY_VERIFIED", "clock started " + verifiedOn);
        var due = deadline(today).dueDate();
        changes.tellRequester(at, "We confirmed your identity. We must reply by "
                + (due == null ? "" : LondonTime.inWords(due)) + ".");
    }

    public void startSearch(Officer by, Instant at) {
        CaseAction.START_SEARCH.check(state);
        changes.moveTo(RequestState.SEARCHING, by, at, "SEARCH_STARTED", "");
        changes.tellRequester(at, "We are searching for footage that matches what you told us.");
    }

    /** s.54(3C): asks the requester a question; the clock stands still until the answer arrives. */
    public void askForClarification(Officer by, String question, Instant at) {
        CaseAction.ASK_FOR_CLARIFICATION.check(state);
        String text = requireText(question, "Write the question for the requester");
        casework().resumeState = state;
        pendingAnswer().settled(); // a new question: the pause starts again from today
        pauses.add(new ClarificationPause(londonDate(at)));
        changes.moveTo(RequestState.AWAITING_CLARIFICATION, by, at, "CLARIFICATION_REQUESTED", "s.54(3C) clock paused");
        changes.message(at, "We asked you: " + text + " The time limit is paused until you reply.", by);
    }

    /** s.54(3C): the clarification arrived on {@code receivedOn}; the clock runs again from the next day. */
    public void clarificationReceived(Officer by, LocalDate answeredOn, Instant at) {
        CaseAction.CLARIFICATION_RECEIVED.check(state);
        if (answeredOn.isAfter(londonDate(at))) {
            throw new WorkflowException("The clarification cannot arrive after today.");
        }
        pauses.stream().filter(ClarificationPause::isOpen).forEach(pause -> pause.answer(answeredOn));
        var resume = casework().resumeState == null ? RequestState.SEARCHING : casework().resumeState;
        casework().resumeState = null;
        changes.moveTo(resume, by, at, "CLARIFICATION_RECEIVED", "s.54(3C) clock running again");
        changes.tellRequester(at, "We received your reply. The time limit is running again.");
    }

    /** Footage found: every attached recording must be held before it is reviewed (DOMAIN.md, IN_REVIEW). */
    public void startReview(Officer by, Instant at) {
        CaseAction.START_REVIEW.check(state);
        if (!attachments().allHeld()) {
            throw new WorkflowException("Place a preservation hold on every attached recording before the review.");
        }
        changes.moveTo(RequestState.IN_REVIEW, by, at, "REVIEW_STARTED", "");
        changes.tellRequester(at, "We have found and preserved footage and are reviewing it before release.");
    }

    /**
     * Decides the outcome. Disclosure takes effect at once; a restriction (s.45(4)) needs its ground and waits for
     * a supervisor other than {@code by} to {@link #signOff sign it off}.
     */
    public void decide(Decision decision, @Nullable RestrictionGround ground, Officer by, Instant at) {
        decide(decision, ground, false, by, at);
    }

    /**
     * Decides the outcome in the Decide step, naming no disclosure copy: refused for a release when footage files are
     * stored with the request ({@link ReleaseRule}).
     */
    public void decide(Decision decision, @Nullable RestrictionGround ground, boolean footageStored, Officer by,
                       Instant at) {
        checkReviewer(by);
        ReleaseRule.checkDecisionWithoutCopy(decision, footageStored);
        decision().decide(decision, ground, by, at, changes);
    }

    /** A release naming the redacted disclosure copy, waiting for a supervisor's sign-off: see {@link DecisionRecord}. */
    public void proposeRelease(Decision decision, @Nullable RestrictionGround ground, UUID copyId, String copySha256,
                               Officer by, Instant at) {
        checkReviewer(by);
        decision().proposeRelease(decision, ground, copyId, copySha256, by, at, changes);
    }

    /** s.45(4): a supervisor other than the proposer signs off a restricting decision, which then takes effect. */
    public void signOff(Officer by, Instant at) {
        checkReviewer(by);
        decision().signOff(by, at, changes);
    }

    /** A supervisor sends a proposed restriction back instead of signing it off. */
    public void sendBack(Officer by, Instant at) {
        decision().sendBack(by, at, changes);
    }

    /** The answer "no footage held", saying whether it was never recorded or deleted before the request. */
    public void noFootageHeld(NoFootageReason reason, Officer by, Instant at) {
        checkReviewer(by);
        decision().noFootageHeld(reason, by, at, changes);
    }

    /** s.54(3A): extends the time limit by one or two further months: see {@link Extension#extend}. */
    public void extend(int months, String reason, LocalDate noticeOn, Officer by, Instant at) {
        extension.extend(months, reason, noticeOn, by, at, changes);
    }

    /** The requester withdrew the request. */
    public void withdraw(Officer by, Instant at) {
        CaseAction.WITHDRAW.check(state);
        changes.moveTo(RequestState.WITHDRAWN, by, at, "WITHDRAWN", "");
        changes.tellRequester(at, "You withdrew your request. We have stopped working on it.");
    }

    public void close(Officer by, Instant at) {
        CaseAction.CLOSE.check(state);
        changes.moveTo(RequestState.CLOSED, by, at, "CLOSED", "");
        changes.tellRequester(at, "We have closed your request.");
    }

    /** The requester disagrees with the outcome and asked for it to be reviewed. */
    public void requestInternalReview(Officer by, Instant at) {
        CaseAction.REQUEST_INTERNAL_REVIEW.check(state);
        internalReview().start(decision(), at);
        changes.moveTo(RequestState.INTERNAL_REVIEW, by, at, "INTERNAL_REVIEW_REQUESTED", "");
        changes.tellRequester(at, "You asked us to review our decision. Someone who did not make it will review it.");
    }

    /** s.51: the requester asked the ICO to check a restriction (or complained to the ICO). Not a state. */
    public void recordIcoReferral(String icoReference, LocalDate referredOn, Officer by, Instant at) {
        CaseAction.RECORD_ICO_REFERRAL.check(state);
        casework().icoReference = requireText(icoReference, "Enter the ICO's case reference");
        casework().icoReferralOn = referredOn;
        changes.audit(by, "ICO_REFERRAL_RECORDED", "s.51 referral on " + referredOn, at);
        changes.tellRequester(at, "We have been told that the Information Commissioner's Office is checking our "
                + "decision (section 51). We will work with them.");
        changes.updated();
    }

    // ---- The requester's side, from the tracking page (RequesterAction): each is recorded on the timeline, audited
    // ---- (actor "requester", never their name) and raises a RequesterActed event for the assigned caseworker.

    /**
     * The requester replies to our message, with up to 2 attachments checked as at filing. An answer to a question
     * for clarification ends the pause on the London day it arrives (s.54(3C)(b): that day is the last day not
     * counted) and a caseworker is to confirm it; an answer to a request for identity waits for verification.
     */
    public void receiveReply(UUID submission, String text, List<NewDocument> attachments, Instant at) {
        if (hasReceived(submission)) {
            return;
        }
        RequesterAction.REPLY.check(state);
        String reply = RequesterInput.reply(text);
        DocumentRules.checkAttachments(attachments);
        received(submission, RequesterReply.Kind.REPLY, reply, attachments, at);
        boolean resumed = state == RequestState.AWAITING_CLARIFICATION;
        if (resumed) {
            LocalDate day = londonDate(at);
            pauses.stream().filter(ClarificationPause::isOpen).forEach(pause -> pause.answer(day));
            var resume = casework().resumeState == null ? RequestState.SEARCHING : casework().resumeState;
            casework().resumeState = null;
            changes.moveTo(resume, Officer.REQUESTER, at, "CLARIFICATION_RECEIVED",
                    "s.54(3C) clock running again from " + day.plusDays(1));
            pendingAnswer().received(PendingAnswer.Question.CLARIFICATION, day);
        } else if (state == RequestState.AWAITING_IDENTITY) {
            pendingAnswer().received(PendingAnswer.Question.IDENTITY, londonDate(at));
        }
        changes.audit(Officer.REQUESTER, "REQUESTER_REPLIED", attachments.size() + " attachments", at);
        changes.tellRequester(at, "You replied" + withFiles(attachments.size()) + "." + (resumed
                ? " The time limit is running again from today. We will check that your reply answers our question."
                : ""));
        registerEvent(new RequesterReplied(id, casework().assignedTo, resumed, attachments.size(), submission));
    }

    /** The requester sends 1 or 2 more identity documents, checked as at filing. */
    public void receiveDocuments(UUID submission, List<NewDocument> sent, Instant at) {
        if (hasReceived(submission)) {
            return;
        }
        RequesterAction.SEND_DOCUMENTS.check(state);
        DocumentRules.checkAll(sent);
        received(submission, RequesterReply.Kind.DOCUMENTS, null, sent, at);
        if (state == RequestState.AWAITING_IDENTITY) {
            pendingAnswer().received(PendingAnswer.Question.IDENTITY, londonDate(at));
        }
        changes.audit(Officer.REQUESTER, "REQUESTER_SENT_DOCUMENTS", sent.size() + " documents", at);
        changes.tellRequester(at, "You sent " + (sent.size() == 1 ? "an identity document" : sent.size()
                + " identity documents") + ". We will check " + (sent.size() == 1 ? "it." : "them."));
        registerEvent(new IdentityDocumentsSent(id, casework().assignedTo, sent.size(), submission));
    }

    /** The requester withdraws their request from the tracking page, after confirming it. */
    public void withdrawByRequester(Instant at) {
        RequesterAction.WITHDRAW.check(state);
        withdraw(Officer.REQUESTER, at);
        pendingAnswer().settled();
        registerEvent(new RequestWithdrawnByRequester(id, casework().assignedTo, UUID.randomUUID()));
    }

    /**
     * The requester asks, with reasons, for an internal review of the decision. Once: after a review, the route
     * left is the Information Commissioner (s.51), as the decision letter says.
     */
    public void askForInternalReview(UUID submission, String reasons, Instant at) {
        if (hasReceived(submission)) {
            return;
        }
        RequesterAction.ASK_FOR_REVIEW.check(state);
        if (internalReview().wasAsked()) {
            throw new WorkflowException("We have already reviewed our decision once. If you are still unhappy, you "
                    + "can ask the Information Commissioner's Office to check it (section 51). Nothing was changed.");
        }
        String why = RequesterInput.reasons(reasons);
        replies.add(new RequesterReply(submission, RequesterReply.Kind.REVIEW_REASONS, why, at));
        requestInternalReview(Officer.REQUESTER, at);
        registerEvent(new InternalReviewAsked(id, casework().assignedTo, submission));
    }

    /** s.54(3C): the caseworker confirms that the requester's reply answers the question; the clock keeps running. */
    public void confirmAnswer(Officer by, Instant at) {
        var answer = pendingAnswer();
        if (!answer.waits()) {
            throw new WorkflowException("There is no reply waiting to be checked.");
        }
        if (answer.question() == PendingAnswer.Question.IDENTITY) {
            throw new WorkflowException("Verify the identity to accept the documents: the time limit starts on the "
                    + "day they arrived (s.54(3)(b)), or ask for other documents.");
        }
        answer.settled();
        changes.audit(by, "ANSWER_CONFIRMED", "", at);
        changes.note(at, "The requester's reply answers the question.", by.username());
        changes.updated();
    }

    /**
     * Whether what the requester sent under this submission key (made when the form was shown) is already here: a
     * form sent twice (a double click, a retry after a lost answer) is taken once, and the second time changes nothing.
     */
    public boolean hasReceived(UUID submission) {
        return replies.stream().anyMatch(reply -> reply.id().equals(submission));
    }

    private void received(UUID submission, RequesterReply.Kind kind, @Nullable String text,
                          List<NewDocument> files, Instant at) {
        DocumentRules.checkRoom(documents.size(), files.size());
        var reply = new RequesterReply(submission, kind, text, at);
        replies.add(reply);
        files.forEach(file -> documents.add(new IdentityDocument(file, at, reply.id())));
    }

    private static String withFiles(int files) {
        return files == 0 ? "" : files == 1 ? " with a file" : " with " + files + " files";
    }

    /** s.45(4) decisions in an internal review: never by who made the decision under review. */
    private void checkReviewer(Officer by) {
        if (state == RequestState.INTERNAL_REVIEW) {
            internalReview().checkReviewer(by);
        }
    }

    /** A supervisor (or a caseworker taking it) gives the request to {@code assignee}; null takes it off them. */
    public void assign(@Nullable String assignee, Officer by, Instant at) {
        CaseAction.ASSIGN.check(state);
        casework().assignedTo = assignee;
        changes.audit(by, assignee == null ? "UNASSIGNED" : "ASSIGNED", assignee == null ? "" : "to " + assignee, at);
        changes.note(at, assignee == null ? "No longer assigned." : "Assigned to " + assignee + ".", by.username());
        changes.updated();
    }

    /** A message to the requester: shown on the tracking page. */
    public void sendMessage(String text, Officer by, Instant at) {
        String message = requireText(text, "Write the message");
        changes.message(at, message, by);
        changes.audit(by, "MESSAGE_SENT", "", at);
        changes.updated(RequestUpdate.MESSAGE_SENT);
    }

    /** An internal note: never shown to the requester. */
    public void addNote(String text, Officer by, Instant at) {
        changes.note(at, requireText(text, "Write the note"), by.username());
        changes.audit(by, "NOTE_ADDED", "", at);
    }

    public void attachRecording(String recordingId, Officer by, Instant at) {
        attachments().attachRecording(recordingId, by, at, changes);
    }

    /** Records that a preservation hold was placed on an attached recording in the footage catalogue. */
    public void recordHold(String recordingId, Officer by, Instant at) {
        attachments().recordHold(recordingId, by, at, changes);
    }

    /** A complaint body proposes a link to one of its complaints; it is active only once earned. */
    public void proposeComplaintLink(UUID bodyId, String complaintReference, Officer by, Instant at) {
        complaints().propose(bodyId, complaintReference, by, at, changes);
    }

    /** The requester agrees to share this request (and, if they say so, who they are) with a complaint body. */
    public void consentToComplaintLink(UUID bodyId, String bodyName, String complaintReference,
                                       boolean shareIdentity, Instant at) {
        complaints().consent(bodyId, bodyName, complaintReference, shareIdentity, at, changes);
    }

    /** A supervisor approves a proposed link without the requester's consent, for a recorded reason. */
    public void approveComplaintLink(UUID bodyId, String complaintReference, String reason, Officer by, Instant at) {
        complaints().approve(bodyId, complaintReference, reason, by, at, changes);
    }

    /** The complaint body's complaint is finished, so the link ends. */
    public void closeComplaintLink(UUID bodyId, String complaintReference, Officer by, Instant at) {
        complaints().close(bodyId, complaintReference, by, at, changes);
    }

    /** The body's active link, if it has one: the only way it may see anything of this request. */
    public Optional<ComplaintLink> activeComplaintLink(UUID bodyId) {
        return complaints().active(bodyId);
    }

    /**
     * A complaint body with an active link asked for the footage to be preserved, and {@code recordingsHeld}
     * recordings were held at once; a caseworker is to confirm or release the holds.
     */
    public void recordPreservationAsked(Officer by, int recordingsHeld, Instant at) {
        preservationToConfirm = true;
        changes.audit(by, "PRESERVATION_ASKED", recordingsHeld + " recordings held", at);
        changes.note(at, "A complaint body asked for the footage to be preserved: " + recordingsHeld
                + " recordings of the incident's borough and time are held until a caseworker checks them.",
                by.username());
        changes.updated();
    }

    /** A caseworker checked the holds a complaint body asked for and keeps them. */
    public void confirmComplaintHolds(Officer by, Instant at) {
        if (!preservationToConfirm) {
            throw new WorkflowException("There is no preservation ask to confirm.");
        }
        preservationToConfirm = false;
        changes.audit(by, "PRESERVATION_CONFIRMED", "", at);
        changes.note(at, "The holds a complaint body asked for are confirmed.", by.username());
        changes.updated();
    }

    /** The holds placed for complaints were released; the recordings follow the 31-day rule again. */
    public void recordComplaintHoldsReleased(Officer by, String reason, int released, Instant at) {
        preservationToConfirm = false;
        changes.audit(by, "PRESERVATION_HOLD_RELEASED", released + " recordings: " + reason, at);
        changes.note(at, "Holds for complaints released on " + released + " recordings: " + reason, by.username());
        changes.updated();
    }

    /** The request is finished and no complaint still needs its footage, so holds for complaints may end. */
    public boolean complaintsFinished() {
        return (state == RequestState.CLOSED || state == RequestState.WITHDRAWN) && complaints().allClosed();
    }

    public boolean preservationToConfirm() {
        return preservationToConfirm;
    }

    /**
     * DPA 2018 s.39: once the retention period of the closed request has ended, erases its requester's identity,
     * contact details and appearance, identity documents, the incident account, the extension's reasons and the
     * whole timeline (messages, notes and what the requester was told). Kept: the reference, states, stages,
     * dates, borough, outcome and grounds (statistics), the attached recordings and their holds (footage data, not
     * the requester's: erasure never releases a hold), complaint links, and the audit log. Erasing twice does nothing.
     *
     * @return whether anything was erased
     */
    public boolean erasePersonalData(PersonalDataRetention retention, Instant at) {
        LocalDate today = londonDate(at);
        if (personalDataErasedOn != null || !retention.hasEnded(state, stages, today)) {
            return false;
        }
        LocalDate closedOn = PersonalDataRetention.closedOn(state, stages).orElseThrow();
        requester = null;
        incident.eraseAccount();
        documents.clear();
        replies.clear();
        extension.eraseReason();
        timeline.clear();
        personalDataErasedOn = today;
        timeline.add(new TimelineEntry(at, "We erased your personal data: we keep it for "
                + retention.months() + " months after a request closes.", true));
        changes.audit(new Officer("system", false), "PERSONAL_DATA_ERASED", "DPA 2018 s.39: closed on " + closedOn
                + ", retention " + retention.months() + " months", at);
        changes.updated();
        return true;
    }

    public @Nullable LocalDate personalDataErasedOn() {
        return personalDataErasedOn;
    }

    /** What the requester may do now, for the tracking page to offer (each is still guarded when taken). */
    public Set<RequesterAction> requesterActions() {
        var actions = EnumSet.noneOf(RequesterAction.class);
        for (var action : RequesterAction.values()) {
            if (action.allowedFrom(state)) {
                actions.add(action);
            }
        }
        if (internalReview().wasAsked()) {
            actions.remove(RequesterAction.ASK_FOR_REVIEW);
        }
        return actions;
    }

    /** The actions the workflow allows now, for pages to offer (each is still guarded when taken). */
    public Set<CaseAction> availableActions() {
        var actions = EnumSet.noneOf(CaseAction.class);
        for (var action : CaseAction.values()) {
            if (action.allowedFrom(state)) {
                actions.add(action);
            }
        }
        if (decision().awaitsSignOff()) {
            actions.remove(CaseAction.DECIDE);
            actions.remove(CaseAction.NO_FOOTAGE_HELD_ANSWER);
        }
        if (extension.isGranted()) {
            actions.remove(CaseAction.EXTEND);
        }
        return actions;
    }

    private Attachments attachments() {
        return new Attachments(recordings);
    }

    private ComplaintLinks complaints() {
        return new ComplaintLinks(complaintLinks);
    }

    public boolean hasRecording(String recordingId) {
        return attachments().hasRecording(recordingId);
    }

    private static LocalDate londonDate(Instant at) {
        return at.atZone(LondonTime.ZONE).toLocalDate();
    }

    public StatutoryDeadline deadline(LocalDate today) {
        return StatutoryClock.deadline(receivedOn, identityVerifiedOn,
                pauses.stream().map(ClarificationPause::toClockPause).toList(), extension.months(), today);
    }

    /** {@link Urgency#overdue}: the clock running and the due date passed. */
    public boolean isOverdue(LocalDate today) {
        return Urgency.overdue(state, deadline(today).dueDate(), today);
    }

    /** {@link Urgency#footageAtRisk}: open, nothing preserved, and the footage not yet deleted. */
    public boolean isFootageAtRisk(LocalDate today) {
        return Urgency.footageAtRisk(state, footageDeletionDate(), isPreserved(), today);
    }

    /** Non-evidential footage is deleted automatically 31 days after it was recorded. */
    public LocalDate footageDeletionDate() {
        return Urgency.footageDeletionDate(incident.date());
    }

    /**
     * The requester set a new tracking secret through a one-time link sent to the address they gave at filing:
     * the old secret stops working at once.
     */
    public void replaceSecret(String newSecretHash, Instant at) {
        secretHash = newSecretHash;
        timeline.add(new TimelineEntry(at, "You set a new tracking secret.", true));
        changes.audit(new Officer("requester", false), "TRACKING_SECRET_REPLACED", "by a one-time link", at);
    }

    public boolean matchesSecret(String candidate) {
        return TrackingSecret.matches(secretHash, candidate);
    }

    public UUID id() {
        return id;
    }

    public RequestReference reference() {
        return new RequestReference(reference);
    }

    public UUID submissionKey() {
        return submissionKey;
    }

    public RequestState state() {
        return state;
    }

    public long version() {
        return version;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    /** @throws IllegalStateException once the requester's personal data has been erased */
    public Requester requester() {
        if (requester == null) {
            throw new IllegalStateException("The requester's personal data of " + reference + " has been erased");
        }
        return requester;
    }

    public Incident incident() {
        return incident;
    }

    public AccessPreference accessPreference() {
        return accessPreference;
    }

    public List<IdentityDocument> documents() {
        return List.copyOf(documents);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    public int extensionMonths() {
        return extension.months();
    }

    public Extension extension() {
        return extension;
    }

    public @Nullable LocalDate identityVerifiedOn() {
        return identityVerifiedOn;
    }

    public Casework casework() {
        if (casework == null) {
            casework = new Casework();
        }
        return casework;
    }

    public DecisionRecord decision() {
        if (decision == null) {
            decision = new DecisionRecord();
        }
        return decision;
    }

    public List<RequesterReply> replies() {
        return List.copyOf(replies);
    }

    public PendingAnswer pendingAnswer() {
        if (pendingAnswer == null) {
            pendingAnswer = new PendingAnswer();
        }
        return pendingAnswer;
    }

    public InternalReview internalReview() {
        if (internalReview == null) {
            internalReview = new InternalReview();
        }
        return internalReview;
    }

    public List<ComplaintLink> complaintLinks() {
        return List.copyOf(complaintLinks);
    }

    public List<AttachedRecording> recordings() {
        return List.copyOf(recordings);
    }

    /** Some footage of the incident is under a preservation hold, so the 31-day deletion no longer threatens it. */
    public boolean isPreserved() {
        return attachments().isPreserved();
    }

    /** The events registered and not yet published, for tests in this package. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    /** The root's side of every transition, handed to the parts a transition is delegated to. */
    private final class Changes implements RequestChanges {

        @Override
        public RequestState state() {
            return state;
        }

        @Override
        public void moveTo(RequestState next, Officer by, Instant at, String action, String details) {
            var from = state;
            stages.stream().filter(stage -> stage.exitedAt() == null).forEach(stage -> stage.exit(at));
            stages.add(new Stage(next, at));
            state = next;
            if (!next.isOpen()) {
                pendingAnswer().settled(); // a finished request has no answer left to check
            }
            refreshDueDate(londonDate(at));
            registerEvent(new RequestStateChanged(id, from, next));
            audit(by, action, details, at);
        }

        @Override
        public void audit(Officer by, String action, String details, Instant at) {
            registerEvent(new RequestAudited(by.username(), action, reference, at, details));
        }

        @Override
        public void tellRequester(Instant at, String text) {
            timeline.add(new TimelineEntry(at, text, true));
        }

        @Override
        public void message(Instant at, String text, Officer by) {
            timeline.add(new TimelineEntry(at, text, true, TimelineKind.MESSAGE, by.username()));
        }

        @Override
        public void note(Instant at, String text, String author) {
            timeline.add(new TimelineEntry(at, text, false, TimelineKind.NOTE, author));
        }

        @Override
        public void updated(RequestUpdate what) {
            registerEvent(new RequestUpdated(id, what));
        }

        @Override
        public void copyApproved(UUID copyId, String sha256, Officer by, Instant at) {
            registerEvent(new ReleaseCopySignedOff(id, reference, copyId, sha256, by.username(), at));
        }

        @Override
        public StatutoryDeadline deadline(LocalDate today) {
            return FootageRequest.this.deadline(today);
        }

        @Override
        public void refreshDueDate(LocalDate today) {
            casework().dueOn = deadline(today).dueDate();
        }
    }

    @Override
    public String toString() {
        return "FootageRequest[" + reference + ", " + state + "]";
    }
}
