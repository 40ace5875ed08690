package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.candour.footage.FootageCatalogue;
import org.candour.footage.FootageImportService;
import org.candour.footage.HoldSummary;
import org.candour.footage.PreservationHoldService;
import org.candour.footage.RetentionService;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestComplaintBodies;
import org.candour.support.TestFootage;
import org.candour.support.TestRequests;
import org.candour.support.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A complaint body's preservation ask holds the incident's recordings at once and flags the request for a
 * caseworker, who confirms or releases the holds; they are also released when the request and its complaint link
 * are closed. A released recording follows the 31-day rule again: the retention sweep records its deletion.
 */
@SpringBootTest
@Import(ClockTestConfiguration.class)
@RecordApplicationEvents
class ComplaintPreservationIT {

    private static final LocalDate INCIDENT = LocalDate.of(2026, 11, 20);

    @Autowired
    RequestFilingService filing;
    @Autowired
    RequestTrackingService tracking;
    @Autowired
    ComplaintCases complaints;
    @Autowired
    CaseworkService casework;
    @Autowired
    CaseQueue queue;
    @Autowired
    ComplaintBodies bodies;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    FootageImportService imports;
    @Autowired
    FootageCatalogue catalogue;
    @Autowired
    PreservationHoldService holds;
    @Autowired
    RetentionService retention;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    private String body;
    private String reference;
    private String recording;

    @BeforeEach
    void anActiveLinkAndARecordingOfTheIncident() {
        clock.set(ClockTestConfiguration.START);
        var iopc = TestComplaintBodies.body(bodies, "IOPC");
        body = TestComplaintBodies.oversightIn(accounts, iopc, "iopc");
        var receipt = filing.file(TestRequests.valid(INCIDENT));
        reference = receipt.reference();
        recording = TestFootage.recordingInLambeth(imports,
                LocalDateTime.of(INCIDENT, LocalTime.of(21, 5)).atZone(LondonTime.ZONE).toInstant());
        tracking.shareWithComplaintBody(reference, Objects.requireNonNull(receipt.trackingSecret()), "requester",
                iopc.id(), "IOPC-7", false);
        TestSecurity.as(body, Role.OVERSIGHT, () -> complaints.link(reference, "IOPC-7"));
    }

    @Test
    void anAskHoldsAtOnceAndACaseworkerReleasesItWithAReasonAfterWhichTheSweepDeletesTheRecording() {
        int held = TestSecurity.as(body, Role.OVERSIGHT, () -> complaints.askForPreservation(reference));

        assertThat(activeHolds()).hasSize(held).anySatisfy(hold -> {
            assertThat(hold.recordingId()).isEqualTo(recording);
            assertThat(hold.complaintReference()).isEqualTo("IOPC-7");
        });
        assertThat(catalogue.recording(recording).orElseThrow().held()).isTrue();
        assertThat(queueItem().preservationToConfirm()).isTrue();

        var details = TestSecurity.as("case-1", Role.CASEWORKER, () -> casework.find(reference).orElseThrow());
        TestSecurity.as("case-1", Role.CASEWORKER,
                () -> casework.releaseComplaintHolds(reference, details.version(), "Not the incident complained of"));

        assertThat(activeHolds()).isEmpty();
        assertThat(queueItem().preservationToConfirm()).isFalse();
        assertThat(events.stream(RequestAudited.class)).anyMatch(e -> e.action().equals("PRESERVATION_HOLD_RELEASED")
                && e.subject().equals(reference) && e.details().contains("Not the incident complained of"));
        assertThat(sweepDeletes()).isTrue();
    }

    @Test
    void confirmedHoldsLastUntilTheRequestAndItsComplaintLinkAreBothClosed() {
        TestSecurity.as(body, Role.OVERSIGHT, () -> complaints.askForPreservation(reference));
        var asked = TestSecurity.as("case-2", Role.CASEWORKER, () -> casework.find(reference).orElseThrow());
        var confirmed = TestSecurity.as("case-2", Role.CASEWORKER,
                () -> casework.confirmComplaintHolds(reference, asked.version()));
        assertThat(confirmed.preservationToConfirm()).isFalse();

        TestSecurity.as("case-2", Role.CASEWORKER, () -> casework.withdraw(reference, confirmed.version()));
        assertThat(activeHolds()).as("the complaint still needs the footage").isNotEmpty();
        assertThat(sweepDeletes()).isFalse();

        TestSecurity.run(body, Role.OVERSIGHT, () -> complaints.closeLink(reference));

        assertThat(activeHolds()).isEmpty();
        assertThat(holds.holdsFor(reference))
                .allSatisfy(hold -> assertThat(hold.releaseReason()).contains("complaint links are closed"));
        assertThat(sweepDeletes()).isTrue();
    }

    private List<HoldSummary> activeHolds() {
        return holds.holdsFor(reference).stream().filter(HoldSummary::active).toList();
    }

    private QueueItem queueItem() {
        return TestSecurity.as("case-q", Role.CASEWORKER, () -> queue.page(QueueFilter.openRequests(),
                PageRequest.of(0, 10_000))).stream()
                .filter(item -> item.reference().equals(reference)).findFirst().orElseThrow();
    }

    /** Moves the clock past the 31-day deletion date, sweeps, and says whether the recording was recorded deleted. */
    private boolean sweepDeletes() {
        clock.set(ClockTestConfiguration.START.plus(Duration.ofDays(40)));
        retention.sweep();
        boolean deleted = catalogue.recording(recording).orElseThrow().deletedAtSource() != null;
        clock.set(ClockTestConfiguration.START);
        return deleted;
    }
}
