package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.support.TestSecurity.as;
import static org.candour.support.TestSecurity.run;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.candour.footage.FootageCatalogue;
import org.candour.footage.FootageImportService;
import org.candour.footage.PreservationHoldService;
import org.candour.footage.RecordingSummary;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.RestrictionGround;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.TestFootage;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Casework through the services, against the database: workflow, locking, audit events, queue, oversight. */
@SpringBootTest
@Import(ClockTestConfiguration.class)
@RecordApplicationEvents
class CaseworkServiceIT {

    @Autowired
    RequestFilingService filing;
    @Autowired
    RequestTrackingService tracking;
    @Autowired
    CaseworkService casework;
    @Autowired
    CaseQueue queue;
    @Autowired
    RequestSnapshots snapshots;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    FootageImportService imports;
    @Autowired
    FootageCatalogue footage;
    @Autowired
    PreservationHoldService holds;

    private FilingReceipt receipt;
    private String caseworker;

    @BeforeEach
    void fileARequest() {
        clock.advance(Duration.ofDays(1));
        receipt = filing.file(TestRequests.valid(LondonTime.today(clock).minusDays(3)));
        caseworker = accounts.open(TestStaff.account("casey", Role.CASEWORKER)).username();
    }

    @Test
    void aDisclosureReachesTheRequesterWithSection51AndInternalNotesNeverDo() {
        var details = as(caseworker, Role.CASEWORKER, () -> {
            var d = casework.verifyIdentity(receipt.reference(), version(), LondonTime.today(clock));
            d = casework.startSearch(d.reference(), d.version());
            d = casework.addNote(d.reference(), d.version(), "Caller was abusive on the phone");
            d = casework.sendMessage(d.reference(), d.version(), "We have found two recordings.");
            d = casework.startReview(d.reference(), d.version());
            return casework.decide(d.reference(), d.version(), Decision.DISCLOSED, null);
        });

        assertThat(details.state()).isEqualTo(RequestState.DISCLOSED);
        var status = ((TrackingOutcome.Found) tracking.track(receipt.reference(), receipt.trackingSecret(), "c1"))
                .status();
        assertThat(status.stateName()).isEqualTo("Footage released");
        assertThat(status.timeline()).extracting(RequestStatus.Event::text)
                .contains("We have found two recordings.")
                .anyMatch(text -> text.contains("section 51") && text.contains("ICO"))
                .noneMatch(text -> text.contains("abusive"));
        assertThat(events.stream(RequestAudited.class)).extracting(RequestAudited::action)
                .contains("IDENTITY_VERIFIED", "SEARCH_STARTED", "NOTE_ADDED", "MESSAGE_SENT", "DISCLOSED");
        assertThat(events.stream(RequestStateChanged.class)).extracting(RequestStateChanged::to)
                .contains(RequestState.IDENTITY_VERIFIED, RequestState.SEARCHING, RequestState.IN_REVIEW,
                        RequestState.DISCLOSED);
    }

    @Test
    void aCaseworkerFindsTheFootageInTheCatalogueAndPreservesItWithAHold() {
        var incidentDate = LondonTime.today(clock).minusDays(3);
        String recording = TestFootage.recordingInLambeth(imports,
                incidentDate.atTime(21, 5).atZone(LondonTime.ZONE).toInstant());

        var found = as(caseworker, Role.CASEWORKER, () -> casework.findFootage(receipt.reference(), incidentDate,
                LocalTime.of(20, 30), LocalTime.of(22, 0), null));
        assertThat(found).extracting(RecordingSummary::id).contains(recording);
        var preserved = as(caseworker, Role.CASEWORKER, () -> casework.preserveRecording(receipt.reference(),
                version(), recording));

        assertThat(preserved.preserved()).isTrue();
        assertThat(preserved.footageAtRisk()).isFalse();
        assertThat(preserved.recordings()).singleElement().satisfies(r -> assertThat(r.held()).isTrue());
        assertThat(holds.holdsFor(receipt.reference())).singleElement()
                .satisfies(hold -> assertThat(hold.recordingId()).isEqualTo(recording));
        assertThat(footage.recording(recording).orElseThrow().held()).isTrue();
        assertThat(queueItem(QueueFilter.openRequests()).preserved()).isTrue();
        assertThatThrownBy(() -> run(caseworker, Role.CASEWORKER,
                () -> casework.attachRecording(receipt.reference(), version(), "NO-SUCH-RECORDING")))
                .hasMessageContaining("No recording in the footage catalogue");
    }

    @Test
    void theSecondOfTwoSavesOnTheSameVersionIsRefusedAndNothingIsOverwritten() {
        long loaded = version();
        run(caseworker, Role.CASEWORKER, () -> casework.addNote(receipt.reference(), loaded, "First note"));

        assertThatThrownBy(() -> run("other", Role.CASEWORKER,
                () -> casework.requestIdentityDocuments(receipt.reference(), loaded, "Send a passport")))
                .isInstanceOf(RequestChangedException.class)
                .hasMessage("This request was changed by someone else. Reload it to see their changes.");
        var now = as(caseworker, Role.CASEWORKER, () -> casework.find(receipt.reference()).orElseThrow());
        assertThat(now.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(now.timeline()).extracting(CaseDetails.Entry::text).contains("First note");
    }

    @Test
    void anIllegalMoveIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> run(caseworker, Role.CASEWORKER,
                () -> casework.decide(receipt.reference(), version(), Decision.DISCLOSED, null)))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("A request that is 'Received' cannot be decided.");
    }

    @ParameterizedTest
    @EnumSource(RestrictionGround.class)
    void aRefusalOnAnyGroundTakesEffectOnlyWhenAnotherSupervisorSignsItOff(RestrictionGround ground) {
        var proposed = as(caseworker, Role.CASEWORKER, () -> {
            var d = casework.verifyIdentity(receipt.reference(), version(), LondonTime.today(clock));
            d = casework.startSearch(d.reference(), d.version());
            d = casework.startReview(d.reference(), d.version());
            return casework.decide(d.reference(), d.version(), Decision.REFUSED, ground);
        });
        assertThat(proposed.state()).isEqualTo(RequestState.IN_REVIEW);
        assertThat(proposed.decision().awaitingSignOff()).isTrue();
        assertThatThrownBy(() -> run(caseworker, Role.CASEWORKER,
                () -> casework.signOff(receipt.reference(), proposed.version())))
                .isInstanceOf(AccessDeniedException.class);

        var awaitingSignOff = new QueueFilter(null, null, null, null, null, false, false, true);
        assertThat(as("sue", Role.SUPERVISOR, () -> queue.page(awaitingSignOff, PageRequest.of(0, 10_000))))
                .extracting(QueueItem::reference).contains(receipt.reference());
        assertThat(as(caseworker, new Role[] {Role.CASEWORKER, Role.SUPERVISOR},
                () -> queue.page(awaitingSignOff, PageRequest.of(0, 10_000))))
                .extracting(QueueItem::reference).doesNotContain(receipt.reference()); // they proposed it

        var signed = as("sue", Role.SUPERVISOR, () -> casework.signOff(receipt.reference(), proposed.version()));

        assertThat(as("sue", Role.SUPERVISOR, () -> queue.page(awaitingSignOff, PageRequest.of(0, 10_000))))
                .extracting(QueueItem::reference).doesNotContain(receipt.reference());
        assertThat(signed.state()).isEqualTo(RequestState.REFUSED);
        assertThat(signed.decision().restrictionGround()).startsWith(ground.section());
        assertThat(signed.decision().signedOffBy()).isEqualTo("sue");
        var snapshot = snapshots.pageAfter(null, 10_000).stream()
                .filter(s -> s.reference().equals(receipt.reference())).findFirst().orElseThrow();
        assertThat(snapshot.restrictionGround()).isEqualTo(ground.section());
    }

    @Test
    void everyViewOfTheRequesterIsAuditedAndComplaintBodiesCannotUseCasework() {
        var requester = as(caseworker, Role.CASEWORKER, () -> casework.requesterDetails(receipt.reference()));
        assertThat(requester.fullName()).isEqualTo(TestRequests.NAME);
        assertThat(events.stream(RequestAudited.class)).anyMatch(e -> e.action().equals("VIEWED_REQUESTER_DETAILS")
                && e.actor().equals(caseworker) && e.subject().equals(receipt.reference())
                && !e.details().contains(TestRequests.NAME));

        assertThatThrownBy(() -> as("iopc", Role.OVERSIGHT, () -> casework.requesterDetails(receipt.reference())))
                .isInstanceOf(AccessDeniedException.class);

    }

    @Test
    void overdueAndAtRiskAreWorkedOutFromTheClockWhenTheQueueIsRead() {
        run(caseworker, Role.CASEWORKER, () -> casework.verifyIdentity(receipt.reference(), version(),
                LondonTime.today(clock)));
        assertThat(queueItem(QueueFilter.openRequests())).satisfies(item -> {
            assertThat(item.atRisk()).isTrue();
            assertThat(item.overdue()).isFalse();
        });
        var atRiskOnly = new QueueFilter(null, null, null, null, null, false, true, false);
        assertThat(as(caseworker, Role.CASEWORKER, () -> queue.page(atRiskOnly, PageRequest.of(0, 10_000))))
                .extracting(QueueItem::reference).contains(receipt.reference());

        clock.advance(Duration.ofDays(40));

        var overdueOnly = new QueueFilter(null, null, null, null, null, true, false, false);
        assertThat(queueItem(overdueOnly)).satisfies(item -> {
            assertThat(item.overdue()).isTrue();
            assertThat(item.atRisk()).isFalse();
        });
        var first = as(caseworker, Role.CASEWORKER, () -> queue.page(QueueFilter.openRequests(),
                PageRequest.of(0, 10_000)));
        assertThat(first).isNotEmpty();
        // urgency: everything at risk of deletion comes before anything that is only overdue
        int lastAtRisk = first.stream().filter(QueueItem::atRisk).mapToInt(first::indexOf).max().orElse(-1);
        int firstNotAtRisk = first.stream().filter(i -> !i.atRisk()).mapToInt(first::indexOf).min().orElse(first.size());
        assertThat(lastAtRisk).isLessThan(firstNotAtRisk);
    }

    @Test
    void supervisorsAssignInBulkAndCaseworkersOnlyTakeRequestsThemselves() {
        var second = filing.file(TestRequests.valid(LondonTime.today(clock).minusDays(2)));
        var versions = Map.of(receipt.reference(), version(), second.reference(), version(second.reference()));
        assertThatThrownBy(() -> run(caseworker, Role.CASEWORKER, () -> queue.assignAll(versions, caseworker)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run("sue", Role.SUPERVISOR, () -> queue.assignAll(versions, "nobody-like-this")))
                .hasMessage(CaseQueue.NOT_CASEWORKER);

        run("sue", Role.SUPERVISOR, () -> queue.assignAll(versions, caseworker));

        var mine = new QueueFilter(null, null, null, null, caseworker, false, false, false);
        assertThat(as(caseworker, Role.CASEWORKER, () -> queue.page(mine, PageRequest.of(0, 100))))
                .extracting(QueueItem::reference).containsExactlyInAnyOrder(receipt.reference(), second.reference());
        assertThat(snapshots.pageAfter(null, 10_000)).filteredOn(s -> s.reference().equals(second.reference()))
                .extracting(RequestSnapshot::assignedTo).containsExactly(caseworker);
        assertThatThrownBy(() -> run(caseworker, Role.CASEWORKER,
                () -> queue.assign(receipt.reference(), version(), "sue")))
                .hasMessageContaining("Only a supervisor");
    }

    private QueueItem queueItem(QueueFilter filter) {
        return as(caseworker, Role.CASEWORKER, () -> queue.page(filter, PageRequest.of(0, 10_000))).stream()
                .filter(item -> item.reference().equals(receipt.reference())).findFirst().orElseThrow();
    }

    private long version() {
        return version(receipt.reference());
    }

    private long version(String reference) {
        return as("reader", Role.CASEWORKER, () -> casework.find(reference).orElseThrow()).version();
    }
}
