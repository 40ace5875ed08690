package org.candour.requests.domain;

import org.candour.requests.ClockStatus;
import org.candour.requests.RequestState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.candour.requests.RequestAudited;
import org.candour.requests.RequestStateChanged;
import org.candour.requests.RequestUpdated;
import org.candour.requests.WorkflowException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The guarded transitions of the request workflow (DOMAIN.md). */
class FootageRequestWorkflowTest {

    private static final Instant FILED = Instant.parse("2026-03-02T10:00:00Z"); // Monday
    private static final Officer CASEWORKER = new Officer("casey", false);
    private static final Officer SUPERVISOR = new Officer("sam", true);
    private static final Officer OTHER_SUPERVISOR = new Officer("sue", true);
    private static final Officer OVERSIGHT = new Officer("iopc-investigator", false);
    private static final UUID IOPC = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID PSD = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private final FootageRequest request = file();

    @Test
    void verifyingIdentityStartsTheClockAndStoresTheDueDate() {
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 3), FILED.plus(Duration.ofDays(1)));

        assertThat(request.state()).isEqualTo(RequestState.IDENTITY_VERIFIED);
        // 3 April 2026 is Good Friday and 6 April Easter Monday: the deadline moves to the next working day
        assertThat(request.casework().dueOn()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(request.stages()).extracting(Stage::state)
                .containsExactly(RequestState.SUBMITTED, RequestState.IDENTITY_VERIFIED);
        assertThat(request.stages().getFirst().exitedAt()).isNotNull();
        assertThat(request.pendingEvents()).anyMatch(e -> e instanceof RequestStateChanged changed
                && changed.to() == RequestState.IDENTITY_VERIFIED);
        assertThat(request.pendingEvents()).anyMatch(e -> e instanceof RequestAudited audited
                && audited.action().equals("IDENTITY_VERIFIED") && audited.actor().equals("casey"));
    }

    @Test
    void anIllegalMoveIsRefusedWithAMessageNamingTheState() {
        assertThatThrownBy(() -> request.decide(Decision.DISCLOSED, null, CASEWORKER, FILED))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("A request that is 'Received' cannot be decided.");
        assertThat(request.state()).isEqualTo(RequestState.SUBMITTED);
    }

    @Test
    void disclosureTakesEffectAtOnceAndTheLetterNamesSection51AndTheIco() {
        toReview();

        request.decide(Decision.DISCLOSED, null, CASEWORKER, FILED.plus(Duration.ofDays(5)));

        assertThat(request.state()).isEqualTo(RequestState.DISCLOSED);
        assertThat(request.timeline().getLast().text()).contains("release the footage", "section 51", "ICO");
        assertThat(request.timeline().getLast().visibleToRequester()).isTrue();
    }

    @Test
    void aRefusalNeedsAGroundAndASupervisorOtherThanTheProposer() {
        toReview();
        assertThatThrownBy(() -> request.decide(Decision.REFUSED, null, CASEWORKER, FILED))
                .hasMessageContaining("s.45(4) ground");

        request.decide(Decision.REFUSED, RestrictionGround.PREJUDICE_CRIME, SUPERVISOR, FILED);
        assertThat(request.state()).isEqualTo(RequestState.IN_REVIEW);
        assertThatThrownBy(() -> request.signOff(CASEWORKER, FILED)).hasMessageContaining("Only a supervisor");
        assertThatThrownBy(() -> request.signOff(SUPERVISOR, FILED)).hasMessageContaining("other than");

        request.signOff(OTHER_SUPERVISOR, FILED.plus(Duration.ofHours(1)));

        assertThat(request.state()).isEqualTo(RequestState.REFUSED);
        assertThat(request.decision().restrictionGround()).isEqualTo(RestrictionGround.PREJUDICE_CRIME);
        assertThat(request.decision().signedOffBy()).isEqualTo("sue");
        assertThat(request.timeline().getLast().text()).contains("section 45(4)(b)", "section 51");
    }

    @Test
    void clarificationPausesTheClockAndReturnsToTheStateItLeft() {
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);
        request.startSearch(CASEWORKER, FILED);
        request.askForClarification(CASEWORKER, "Which exit of the station?", FILED.plus(Duration.ofDays(2)));
        assertThat(request.deadline(LocalDate.of(2026, 3, 6)).status()).isEqualTo(ClockStatus.PAUSED);

        request.clarificationReceived(CASEWORKER, LocalDate.of(2026, 3, 6), FILED.plus(Duration.ofDays(4)));

        assertThat(request.state()).isEqualTo(RequestState.SEARCHING);
        assertThat(request.deadline(LocalDate.of(2026, 3, 9)).pausedDays()).isEqualTo(3);
        assertThat(request.casework().dueOn()).isEqualTo(LocalDate.of(2026, 4, 7)); // 5 April + Easter Monday
    }

    @Test
    void anExtensionMustBeNotifiedWithinTheFirstMonthWithAReason() {
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);
        var late = FILED.plus(Duration.ofDays(40));
        assertThatThrownBy(() -> request.extend(2, "Many recordings", LocalDate.of(2026, 4, 11), CASEWORKER, late))
                .hasMessageContaining("within the first month");
        assertThatThrownBy(() -> request.extend(2, " ", LocalDate.of(2026, 3, 10), CASEWORKER, FILED))
                .hasMessageContaining("reason");

        request.extend(2, "Many recordings to review", LocalDate.of(2026, 3, 10), CASEWORKER,
                FILED.plus(Duration.ofDays(8)));

        assertThat(request.extensionMonths()).isEqualTo(2);
        assertThat(request.casework().dueOn()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(request.timeline().getLast().text()).contains("Many recordings to review");
    }

    @Test
    void internalNotesAreNeverVisibleToTheRequesterButMessagesAre() {
        request.addNote("Requester sounded upset on the phone", CASEWORKER, FILED);
        request.sendMessage("We will call you on Monday.", CASEWORKER, FILED);

        assertThat(request.timeline()).filteredOn(TimelineEntry::visibleToRequester).extracting(TimelineEntry::text)
                .contains("We will call you on Monday.").doesNotContain("Requester sounded upset on the phone");
    }

    @Test
    void reviewWaitsForAHoldOnEveryAttachedRecording() {
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);
        request.startSearch(CASEWORKER, FILED);
        var recording = "BWV-CAM-0042-20260228T2105";
        request.attachRecording(recording, CASEWORKER, FILED);
        assertThat(request.isPreserved()).isFalse();
        assertThatThrownBy(() -> request.startReview(CASEWORKER, FILED)).hasMessageContaining("preservation hold");

        request.recordHold(recording, CASEWORKER, FILED);
        request.startReview(CASEWORKER, FILED);

        assertThat(request.isPreserved()).isTrue();
        assertThat(request.state()).isEqualTo(RequestState.IN_REVIEW);
    }

    @Test
    void noFootageHeldSaysWhyAndAnOutcomeCanGoToInternalReviewAndTheIco() {
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);
        request.noFootageHeld(NoFootageReason.DELETED_BEFORE_REQUEST, CASEWORKER, FILED);
        assertThat(request.timeline().getLast().text()).contains("31-day");

        request.requestInternalReview(CASEWORKER, FILED);
        request.recordIcoReferral("IC-12345-A6B7", LocalDate.of(2026, 3, 2), CASEWORKER, FILED);

        assertThat(request.state()).isEqualTo(RequestState.INTERNAL_REVIEW);
        assertThat(request.casework().icoReference()).isEqualTo("IC-12345-A6B7");
        assertThat(request.availableActions()).contains(CaseAction.DECIDE).doesNotContain(CaseAction.CLOSE);
    }

    @Test
    void aOneMonthExtensionIsGrantedOnceAndMovesTheDueDateByAMonth() {
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);
        assertThat(request.casework().dueOn()).isEqualTo(LocalDate.of(2026, 4, 2));

        var tenthOfMarch = FILED.plus(Duration.ofDays(8));
        request.extend(1, "Many recordings to review", LocalDate.of(2026, 3, 10), CASEWORKER, tenthOfMarch);

        assertThat(request.extensionMonths()).isEqualTo(1);
        // 2 May 2026 is a Saturday and 4 May the early May bank holiday
        assertThat(request.casework().dueOn()).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(request.pendingEvents()).anyMatch(e -> e instanceof RequestAudited audited
                && audited.action().equals("EXTENDED") && audited.details().equals("s.54(3A) by 1 month"));
        assertThat(request.timeline().getLast().visibleToRequester()).isTrue();
        assertThat(request.timeline().getLast().text()).contains("5 May 2026", "section 54(3A)");
        assertThat(request.availableActions()).doesNotContain(CaseAction.EXTEND);
        assertThat(request.pendingEvents().getLast()).isInstanceOf(RequestUpdated.class);
        assertThatThrownBy(() -> request.extend(1, "Again", LocalDate.of(2026, 3, 10), CASEWORKER, tenthOfMarch))
                .hasMessageContaining("already been extended");
    }

    @ParameterizedTest(name = "{0} months")
    @ValueSource(ints = {-1, 0, 3})
    void anExtensionIsOneOrTwoFurtherMonths(int months) {
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);

        assertThatThrownBy(() -> request.extend(months, "Many recordings", LocalDate.of(2026, 3, 2), CASEWORKER,
                FILED)).hasMessage("An extension is one or two further months (s.54(3A)).");
        assertThat(request.extensionMonths()).isZero();
    }

    @Test
    void anExtensionNoticeCannotBeDatedAfterToday() {
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);

        assertThatThrownBy(() -> request.extend(1, "Many recordings", LocalDate.of(2026, 3, 3), CASEWORKER, FILED))
                .hasMessageContaining("not later than today");
    }

    @ParameterizedTest(name = "asked while {0}")
    @EnumSource(value = RequestState.class, names = {"IDENTITY_VERIFIED", "SEARCHING", "IN_REVIEW"})
    void aClarificationReturnsTheRequestToTheStateItWasAskedFrom(RequestState asked) {
        FootageRequest request = RequestFixture.in(asked);

        request.askForClarification(CASEWORKER, "Which exit of the station?", FILED);
        assertThat(request.timeline().getLast().visibleToRequester()).isTrue();
        assertThat(request.timeline().getLast().text()).contains("Which exit of the station?", "paused");
        request.clarificationReceived(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);

        assertThat(request.state()).isEqualTo(asked);
        assertThat(request.timeline().getLast().visibleToRequester()).isTrue();
        assertThat(request.timeline().getLast().text()).contains("running again");
    }

    @Test
    void aSecondClarificationPausesTheClockAgainWithoutReopeningTheFirst() {
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);
        request.startSearch(CASEWORKER, FILED);
        request.askForClarification(CASEWORKER, "Which exit?", FILED.plus(Duration.ofDays(2)));
        request.clarificationReceived(CASEWORKER, LocalDate.of(2026, 3, 6), FILED.plus(Duration.ofDays(4)));
        request.askForClarification(CASEWORKER, "Which bus?", FILED.plus(Duration.ofDays(8)));
        request.clarificationReceived(CASEWORKER, LocalDate.of(2026, 3, 11), FILED.plus(Duration.ofDays(9)));

        assertThat(request.state()).isEqualTo(RequestState.SEARCHING);
        // 4 to 6 March and 10 to 11 March
        assertThat(request.deadline(LocalDate.of(2026, 3, 16)).pausedDays()).isEqualTo(5);
    }

    @Test
    void aClarificationCannotArriveAfterToday() {
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);
        request.askForClarification(CASEWORKER, "Which exit?", FILED);

        assertThatThrownBy(() -> request.clarificationReceived(CASEWORKER, LocalDate.of(2026, 3, 3), FILED))
                .hasMessage("The clarification cannot arrive after today.");
        assertThat(request.state()).isEqualTo(RequestState.AWAITING_CLARIFICATION);
    }

    @Test
    void attachingAndHoldingRecordingsIsAuditedPerRecording() {
        request.attachRecording("REC-1", CASEWORKER, FILED);
        request.attachRecording("REC-2", CASEWORKER, FILED);
        assertThatThrownBy(() -> request.attachRecording("REC-1", CASEWORKER, FILED))
                .hasMessage("This recording is already attached.");

        request.recordHold("REC-2", CASEWORKER, FILED);

        assertThat(request.hasRecording("REC-1")).isTrue();
        assertThat(request.hasRecording("REC-3")).isFalse();
        assertThat(request.recordings()).filteredOn(AttachedRecording::held).extracting(AttachedRecording::recordingId)
                .containsExactly("REC-2");
        assertThat(audited()).containsSubsequence("RECORDING_ATTACHED", "RECORDING_ATTACHED",
                "PRESERVATION_HOLD_PLACED");
        assertThat(request.timeline().getLast().text()).isEqualTo("Preservation hold placed on a recording.");
        assertThat(request.timeline().getLast().visibleToRequester()).isFalse();
        assertThat(request.pendingEvents()).filteredOn(RequestUpdated.class::isInstance).hasSize(3);
    }

    @Test
    void aProposedRestrictionIsAuditedAndNotedForStaffOnly() {
        toReview();

        request.decide(Decision.PARTIALLY_DISCLOSED, RestrictionGround.RIGHTS_OF_OTHERS, SUPERVISOR, FILED);

        assertThat(audited()).contains("DECISION_PROPOSED");
        assertThat(request.timeline().getLast().text()).contains("Proposed: Footage partly released", "sign-off");
        assertThat(request.timeline().getLast().visibleToRequester()).isFalse();
        assertThat(request.pendingEvents()).anyMatch(RequestUpdated.class::isInstance);
    }

    @Test
    void aSignedOffRestrictionIsRecordedAsTheSupervisorsActWithItsGroundAndProposer() {
        toReview();
        request.decide(Decision.REFUSED, RestrictionGround.PREJUDICE_CRIME, SUPERVISOR, FILED);

        request.signOff(OTHER_SUPERVISOR, FILED);

        assertThat(request.pendingEvents()).anyMatch(e -> e instanceof RequestAudited audited
                && audited.action().equals("REFUSED") && audited.actor().equals("sue")
                && audited.details().equals("s.45(4)(b), proposed by sam, signed off"));
    }

    @Test
    void aDisclosureNeedsNoSignOffAndRecordsNoGround() {
        toReview();

        request.decide(Decision.DISCLOSED, null, CASEWORKER, FILED);

        assertThat(request.decision().signedOffBy()).isNull();
        assertThat(request.pendingEvents()).anyMatch(e -> e instanceof RequestAudited audited
                && audited.action().equals("DISCLOSED") && audited.actor().equals("casey")
                && audited.details().isEmpty());
    }

    @Test
    void aLinkIsActiveOnlyOnceTheBodyProposedItAndTheRequesterConsentedOrASupervisorApproved() {
        request.proposeComplaintLink(IOPC, " IOPC-2026-0042 ", OVERSIGHT, FILED);
        request.proposeComplaintLink(IOPC, "IOPC-2026-0042", OVERSIGHT, FILED); // again: nothing more happens
        assertThat(request.activeComplaintLink(IOPC)).isEmpty();
        assertThatThrownBy(() -> request.approveComplaintLink(IOPC, "IOPC-2026-0042", "Serious complaint",
                CASEWORKER, FILED)).hasMessage("Only a supervisor can approve a link to a complaint.");

        request.approveComplaintLink(IOPC, "IOPC-2026-0042", "Serious complaint", SUPERVISOR, FILED);

        assertThat(request.activeComplaintLink(IOPC)).get().satisfies(link -> {
            assertThat(link.complaintReference()).isEqualTo("IOPC-2026-0042");
            assertThat(link.sharesIdentity()).isFalse();
        });
        assertThat(request.activeComplaintLink(PSD)).isEmpty();
        assertThat(audited()).containsSubsequence("COMPLAINT_LINK_PROPOSED", "COMPLAINT_LINK_APPROVED")
                .containsOnlyOnce("COMPLAINT_LINK_PROPOSED");
    }

    @Test
    void theRequestersConsentActivatesTheBodysLinkAndSharesIdentityOnlyIfAsked() {
        request.consentToComplaintLink(PSD, "Professional Standards", "PSD-2", true, FILED);
        assertThat(request.activeComplaintLink(PSD)).isEmpty(); // the body has not proposed it yet

        request.proposeComplaintLink(PSD, "PSD-2", OVERSIGHT, FILED);

        assertThat(request.activeComplaintLink(PSD)).get().extracting(ComplaintLink::sharesIdentity)
                .isEqualTo(true);
        assertThat(request.timeline()).extracting(TimelineEntry::text)
                .contains("You agreed to share this request with Professional Standards for complaint PSD-2, "
                        + "including who you are.");
        request.closeComplaintLink(PSD, "PSD-2", OVERSIGHT, FILED);
        assertThat(request.activeComplaintLink(PSD)).isEmpty();
        assertThat(request.complaintsFinished()).isFalse(); // the request itself is still open
        request.withdraw(CASEWORKER, FILED);
        assertThat(request.complaintsFinished()).isTrue();
    }

    @ParameterizedTest(name = "{0} characters: linked {1}")
    @CsvSource({"40, true", "41, false"})
    void aComplaintReferenceIsFortyCharactersOrFewer(int length, boolean linked) {
        String reference = "C".repeat(length);
        if (linked) {
            request.proposeComplaintLink(IOPC, reference, OVERSIGHT, FILED);
        } else {
            assertThatThrownBy(() -> request.proposeComplaintLink(IOPC, reference, OVERSIGHT, FILED))
                    .hasMessage("A complaint reference is 40 characters or fewer.");
        }
        assertThat(request.complaintLinks()).hasSize(linked ? 1 : 0);
    }

    @Test
    void assigningAndUnassigningIsAuditedAndNoted() {
        request.assign("casey", SUPERVISOR, FILED);
        assertThat(request.casework().assignedTo()).isEqualTo("casey");
        assertThat(request.timeline().getLast().text()).isEqualTo("Assigned to casey.");

        request.assign(null, SUPERVISOR, FILED);

        assertThat(request.casework().assignedTo()).isNull();
        assertThat(request.timeline().getLast().text()).isEqualTo("No longer assigned.");
        assertThat(request.timeline().getLast().visibleToRequester()).isFalse();
        assertThat(request.pendingEvents()).anyMatch(e -> e instanceof RequestAudited audited
                && audited.action().equals("ASSIGNED") && audited.details().equals("to casey"));
        assertThat(audited()).containsSubsequence("ASSIGNED", "UNASSIGNED");
        assertThat(request.pendingEvents()).filteredOn(RequestUpdated.class::isInstance).hasSize(2);
    }

    @Test
    void anIcoReferralAndAnInternalNoteAreAudited() {
        request.addNote("Called the requester", CASEWORKER, FILED);
        assertThat(request.timeline().getLast().text()).isEqualTo("Called the requester");
        assertThat(request.timeline().getLast().author()).isEqualTo("casey");
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);
        request.noFootageHeld(NoFootageReason.NEVER_RECORDED, CASEWORKER, FILED);

        request.recordIcoReferral("IC-1", LocalDate.of(2026, 3, 2), CASEWORKER, FILED);

        assertThat(request.casework().icoReferralOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(audited()).containsSubsequence("NOTE_ADDED", "ICO_REFERRAL_RECORDED");
        assertThat(request.timeline().getLast().text()).contains("Information Commissioner's Office is checking");
        assertThat(request.pendingEvents().getLast()).isInstanceOf(RequestUpdated.class);
    }

    @Test
    void aRequestIsFiledWithOneOrTwoValidDocumentsOnly() {
        var pdf = new NewDocument("id.pdf", "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        var empty = new NewDocument("empty.pdf", new byte[0]);

        assertThatThrownBy(() -> RequestFixture.file(List.of(pdf, pdf, pdf))).hasMessageContaining("no more than 2");
        assertThatThrownBy(() -> RequestFixture.file(List.of(pdf, empty))).hasMessageContaining("is empty");
        assertThat(RequestFixture.file(List.of(pdf, pdf)).documents()).extracting(IdentityDocument::type)
                .containsExactly(DocumentType.PDF, DocumentType.PDF);
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            AWAITING_IDENTITY  | Send a passport
            IDENTITY_VERIFIED  | We confirmed your identity. We must reply by 2 April 2026.
            SEARCHING          | We are searching for footage
            IN_REVIEW          | We have found and preserved footage
            WITHDRAWN          | You withdrew your request.
            CLOSED             | We have closed your request.
            INTERNAL_REVIEW    | You asked us to review our decision.
            """)
    void everyStepTheRequesterTakesPartInIsToldToThem(RequestState state, String told) {
        FootageRequest request = RequestFixture.in(state);

        assertThat(request.timeline().getLast().visibleToRequester()).isTrue();
        assertThat(request.timeline().getLast().text()).contains(told);
    }

    @Test
    void aMessageToTheRequesterIsAudited() {
        request.sendMessage("We will call you on Monday.", CASEWORKER, FILED);

        assertThat(audited()).contains("MESSAGE_SENT");
    }

    @Test
    void aRequestCanBeLinkedToSeveralComplaints() {
        request.proposeComplaintLink(IOPC, "IOPC-1", OVERSIGHT, FILED);
        request.proposeComplaintLink(PSD, "PSD-2", OVERSIGHT, FILED);

        assertThat(request.complaintLinks()).extracting(ComplaintLink::complaintReference)
                .containsExactly("IOPC-1", "PSD-2");
    }

    @Test
    void aWithdrawnRequestCannotBeWorkedOn() {
        request.withdraw(CASEWORKER, FILED);

        assertThatThrownBy(() -> request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED))
                .hasMessage("A request that is 'Withdrawn' cannot have its identity verified.");
    }

    private void toReview() {
        request.verifyIdentity(CASEWORKER, LocalDate.of(2026, 3, 2), FILED);
        request.startSearch(CASEWORKER, FILED);
        request.startReview(CASEWORKER, FILED);
    }

    private List<String> audited() {
        return request.pendingEvents().stream().filter(RequestAudited.class::isInstance)
                .map(e -> ((RequestAudited) e).action()).toList();
    }

    private static FootageRequest file() {
        return RequestFixture.file();
    }
}
