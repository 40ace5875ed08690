package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.support.TestSecurity.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.IdentityDocument;
import org.candour.requests.domain.InvalidDocumentException;
import org.candour.requests.domain.NewDocument;
import org.candour.requests.domain.NoFootageReason;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestFootage;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The requester's answers through the service, against the database: each is recorded, audited and raises its
 * event; bad input and a request in the wrong state are refused with a clear message and nothing changes.
 */
@SpringBootTest
@Import(ClockTestConfiguration.class)
@RecordApplicationEvents
class RequesterAnswersIT {

    private static final NewDocument PHOTO = new NewDocument("photo.png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 7, 7, 7});

    @Autowired
    RequestFilingService filing;
    @Autowired
    RequesterAnswers answers;
    @Autowired
    CaseworkService casework;
    @Autowired
    RequestTrackingService tracking;
    @Autowired
    FootageImportService imports;
    @Autowired
    CaseQueue queue;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    private FilingReceipt receipt;
    private TrackingCredentials requester;

    @BeforeEach
    void fileARequest() {
        clock.advance(Duration.ofDays(1)); // a new day each test, past earlier tests' failed-attempt windows
        receipt = filing.file(TestRequests.valid(LondonTime.today(clock).minusDays(3)));
        requester = new TrackingCredentials(receipt.reference(), receipt.trackingSecret(), "client-" + receipt.reference());
    }

    /** The reply is sent twice with the same submission key (a double click, a retry): it is taken once. */
    @Test
    void aReplyToAQuestionResumesTheClockOnTheDayItArrivesAndTheCaseworkerConfirmsIt() {
        var asked = staff("casey", () -> {
            var d = casework.verifyIdentity(receipt.reference(), version(), LondonTime.today(clock));
            d = casework.startSearch(d.reference(), d.version());
            return casework.askForClarification(d.reference(), d.version(), "Which exit of the station?");
        });
        assertThat(asked.deadline().status()).isEqualTo(ClockStatus.PAUSED);
        clock.advance(Duration.ofDays(2));

        var submission = UUID.randomUUID();
        found(answers.reply(requester, submission, "The north exit, by the bus stop.", List.of(PHOTO)));
        clock.advance(Duration.ofMinutes(1));
        var status = found(answers.reply(requester, submission, "The north exit, by the bus stop.",
                List.of(PHOTO)));

        assertThat(status.state()).isEqualTo(RequestState.SEARCHING);
        assertThat(status.deadline().status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(status.deadline().pausedDays()).isEqualTo(2); // the clock's first day was never counted anyway
        assertThat(status.timeline()).extracting(RequestStatus.Event::text)
                .anyMatch(text -> text.startsWith("You replied with a file."));
        var details = staff("casey", () -> casework.find(receipt.reference()).orElseThrow());
        assertThat(details.answerToCheck()).isEqualTo(new CaseDetails.AnswerToCheck(LondonTime.today(clock), true));
        assertThat(details.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("The north exit, by the bus stop.");
            assertThat(reply.attachments()).isEqualTo(1);
        });
        assertThat(events.stream(RequesterReplied.class)).singleElement()
                .satisfies(e -> assertThat(e.clockResumed()).isTrue());
        assertThat(events.stream(RequestAudited.class)).filteredOn(a -> a.action().equals("REQUESTER_REPLIED"))
                .singleElement().satisfies(a -> assertThat(a.actor()).isEqualTo("requester"));
        assertThat(events.stream(RequestAudited.class)).extracting(RequestAudited::details)
                .noneMatch(d -> d.contains("north exit"));

        assertThat(queueItem().answerToCheck()).isTrue();

        var confirmed = staff("casey", () -> casework.confirmAnswer(receipt.reference(), details.version()));
        assertThat(queueItem().answerToCheck()).isFalse();
        assertThat(confirmed.answerToCheck()).isNull();
        assertThat(confirmed.deadline()).isEqualTo(details.deadline());
    }

    @Test
    void theCaseworkerAsksANewQuestionAndTheClockPausesAgainFromThatDay() {
        staff("casey", () -> {
            var d = casework.verifyIdentity(receipt.reference(), version(), LondonTime.today(clock));
            d = casework.startSearch(d.reference(), d.version());
            return casework.askForClarification(d.reference(), d.version(), "Which exit?");
        });
        found(answers.reply(requester, UUID.randomUUID(), "The north one.", List.of()));
        clock.advance(Duration.ofDays(4));

        var again = staff("casey", () -> casework.askForClarification(receipt.reference(), version(),
                "Which bus stop?"));

        assertThat(again.state()).isEqualTo(RequestState.AWAITING_CLARIFICATION);
        assertThat(again.answerToCheck()).isNull();
        assertThat(again.deadline().status()).isEqualTo(ClockStatus.PAUSED);
        assertThat(again.deadline().pausedDays()).isEqualTo(1); // today: the first pause was on the start day
    }

    @Test
    void aReplyOnAWithdrawnOrClosedRequestIsRefusedAndNothingChanges() {
        found(answers.withdraw(requester));
        long version = version();

        assertThatThrownBy(() -> answers.reply(requester, UUID.randomUUID(), "Too late?", List.of(PHOTO)))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("Your request is 'Withdrawn', so you cannot reply to it. Nothing was changed.");
        assertThatThrownBy(() -> answers.sendDocuments(requester, UUID.randomUUID(), List.of(PHOTO)))
                .hasMessageContaining("so you cannot send documents for it");
        assertThatThrownBy(() -> answers.askForInternalReview(requester, UUID.randomUUID(), "Why?"))
                .hasMessageContaining("so you cannot ask for a review of it");

        var details = staff("casey", () -> casework.find(receipt.reference()).orElseThrow());
        assertThat(details.version()).isEqualTo(version);
        assertThat(details.replies()).isEmpty();
    }

    @Test
    void anOversizedOrDisguisedAttachmentIsRefusedAndNothingIsKept() {
        byte[] oversized = Arrays.copyOf(TestRequests.PDF, IdentityDocument.MAX_BYTES + 1);
        var disguised = new NewDocument("passport.jpg", "MZ a program".getBytes(StandardCharsets.US_ASCII));
        long version = version();

        assertThatThrownBy(() -> answers.reply(requester, UUID.randomUUID(), "Here",
                List.of(new NewDocument("big.pdf", oversized))))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("“big.pdf” is larger than 10 MB");
        assertThatThrownBy(() -> answers.sendDocuments(requester, UUID.randomUUID(), List.of(disguised)))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("is not a JPG, PNG or PDF file");
        assertThatThrownBy(() -> answers.reply(requester, UUID.randomUUID(), " ", List.of()))
                .hasMessage("Write your reply.");

        assertThat(version()).isEqualTo(version);
        assertThat(events.stream(RequesterActed.class)).isEmpty();
    }

    @Test
    void aWrongSecretChangesNothingAndCountsAsAFailedAttempt() {
        var wrong = new TrackingCredentials(receipt.reference(), "AAAA-BBBB-CCCC-DDDD", "client-wrong");

        assertThat(answers.withdraw(wrong)).isEqualTo(new TrackingOutcome.NotFound());
        assertThat(staff("casey", () -> casework.find(receipt.reference()).orElseThrow()).state())
                .isEqualTo(RequestState.SUBMITTED);
    }

    @Test
    void documentsSentWhileIdentityIsAwaitedAreForTheCaseworkerToVerify() {
        staff("casey", () -> casework.requestIdentityDocuments(receipt.reference(), version(),
                "Send a photo of your driving licence"));

        var status = found(answers.sendDocuments(requester, UUID.randomUUID(), List.of(PHOTO)));

        assertThat(status.timeline()).extracting(RequestStatus.Event::text).contains(
                "You sent an identity document. We will check it.");
        var details = staff("casey", () -> casework.find(receipt.reference()).orElseThrow());
        assertThat(details.answerToCheck()).isEqualTo(new CaseDetails.AnswerToCheck(LondonTime.today(clock), false));
        assertThat(events.stream(IdentityDocumentsSent.class)).singleElement()
                .satisfies(e -> assertThat(e.documents()).isEqualTo(1));
    }

    @Test
    void theRequesterWithdrawsAndTheCaseworkerIsTold() {
        staff("casey", () -> casework.verifyIdentity(receipt.reference(), version(), LondonTime.today(clock)));

        var status = found(answers.withdraw(requester));

        assertThat(status.state()).isEqualTo(RequestState.WITHDRAWN);
        assertThat(status.actions()).isEmpty();
        assertThat(events.stream(RequestWithdrawnByRequester.class)).hasSize(1);
        assertThat(events.stream(RequestAudited.class)).filteredOn(a -> a.action().equals("WITHDRAWN"))
                .singleElement().satisfies(a -> assertThat(a.actor()).isEqualTo("requester"));
    }

    @Test
    void anInternalReviewIsRefusedBeforeADecisionAndDecidedBySomeoneElse() {
        assertThatThrownBy(() -> answers.askForInternalReview(requester, UUID.randomUUID(), "I want the footage now"))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("Your request is 'Received', so you cannot ask for a review of it. Nothing was changed.");
        staff("casey", () -> {
            var d = casework.verifyIdentity(receipt.reference(), version(), LondonTime.today(clock));
            return casework.noFootageHeld(d.reference(), d.version(), NoFootageReason.NEVER_RECORDED);
        });

        var status = found(answers.askForInternalReview(requester, UUID.randomUUID(),
                "An officer told me the camera was on."));
        assertThat(status.state()).isEqualTo(RequestState.INTERNAL_REVIEW);
        assertThat(events.stream(InternalReviewAsked.class)).hasSize(1);

        long version = version();
        assertThatThrownBy(() -> staff("casey", () -> casework.decide(receipt.reference(), version,
                Decision.DISCLOSED, null))).isInstanceOf(WorkflowException.class)
                .hasMessageStartingWith("You made the decision under review, so you cannot decide the internal review");
        assertThat(version()).isEqualTo(version);

        var reviewed = staff("rita", () -> casework.noFootageHeld(receipt.reference(), version,
                NoFootageReason.NEVER_RECORDED));
        assertThat(reviewed.state()).isEqualTo(RequestState.NO_FOOTAGE_HELD);
        assertThat(reviewed.decision().decidedBy()).isEqualTo("rita");
        assertThat(reviewed.review()).isNotNull().satisfies(r -> assertThat(r.ofDecidedBy()).isEqualTo("casey"));
        assertThat(found(tracking.track(receipt.reference(), receipt.trackingSecret(), "client-b")).actions())
                .doesNotContain(RequesterAction.ASK_FOR_REVIEW);
    }

    @Test
    void afterAHoldTheTrackingPageSaysTheFootageIsKept() {
        var incidentDate = LondonTime.today(clock).minusDays(3);
        String recording = TestFootage.recordingInLambeth(imports,
                incidentDate.atTime(21, 5).atZone(LondonTime.ZONE).toInstant());
        assertThat(found(tracking.track(receipt.reference(), receipt.trackingSecret(), "client-c"))
                .footagePreserved()).isFalse();

        staff("casey", () -> casework.preserveRecording(receipt.reference(), version(), recording));

        assertThat(found(tracking.track(receipt.reference(), receipt.trackingSecret(), "client-c"))
                .footagePreserved()).isTrue();
    }

    private QueueItem queueItem() {
        return staff("casey", () -> queue.page(QueueFilter.openRequests(), PageRequest.of(0, 10_000))).stream()
                .filter(item -> item.reference().equals(receipt.reference())).findFirst().orElseThrow();
    }

    private RequestStatus found(TrackingOutcome outcome) {
        assertThat(outcome).isInstanceOf(TrackingOutcome.Found.class);
        return ((TrackingOutcome.Found) outcome).status();
    }

    private <T> T staff(String username, java.util.function.Supplier<T> action) {
        return as(username, Role.CASEWORKER, action);
    }

    private long version() {
        return staff("reader", () -> casework.find(receipt.reference()).orElseThrow()).version();
    }
}
