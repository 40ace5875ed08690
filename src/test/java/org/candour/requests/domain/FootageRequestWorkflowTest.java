package org.candour.requests.domain;

import org.candour.requests.ClockStatus;
import org.candour.requests.RequestState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.candour.requests.RequestAudited;
import org.candour.requests.RequestStateChanged;
import org.candour.requests.WorkflowException;
import org.junit.jupiter.api.Test;

/** The guarded transitions of the request workflow (DOMAIN.md). */
class FootageRequestWorkflowTest {

    private static final Instant FILED = Instant.parse("2026-03-02T10:00:00Z"); // Monday
    private static final Officer CASEWORKER = new Officer("casey", false);
    private static final Officer SUPERVISOR = new Officer("sam", true);
    private static final Officer OTHER_SUPERVISOR = new Officer("sue", true);

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

    private static FootageRequest file() {
        var requester = new Requester("Test Person", LocalDate.of(1990, 1, 1), "1 Road", "SW1A 2AA",
                "t@example.org", null, "Red jacket");
        var incident = new Incident(LocalDate.of(2026, 2, 28), LocalTime.of(21, 0), LocalTime.of(21, 30), "E09000022",
                "Brixton Road", "Stopped and searched", null, null, true);
        return FootageRequest.file(RequestReference.of(2026, 1), UUID.randomUUID(), "hash", FILED, requester,
                incident, AccessPreference.COPY,
                List.of(new NewDocument("id.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))));
    }
}
