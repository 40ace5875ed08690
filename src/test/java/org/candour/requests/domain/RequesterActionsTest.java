package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.requests.domain.RequestFixture.CASEWORKER;
import static org.candour.requests.domain.RequestFixture.FILED;
import static org.candour.requests.domain.RequestFixture.FILED_ON;
import static org.candour.requests.domain.RequestFixture.OTHER_SUPERVISOR;
import static org.candour.requests.domain.RequestFixture.SUPERVISOR;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.candour.requests.IdentityDocumentsSent;
import org.candour.requests.InternalReviewAsked;
import org.candour.requests.RequestAudited;
import org.candour.requests.RequestState;
import org.candour.requests.RequestWithdrawnByRequester;
import org.candour.requests.RequesterAction;
import org.candour.requests.RequesterReplied;
import org.candour.requests.WorkflowException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The requester's side of the workflow (RequesterAction): replies, documents, withdrawal, internal review. */
class RequesterActionsTest {

    private static final NewDocument PHOTO = new NewDocument("licence.png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3});
    private static final NewDocument PDF = new NewDocument("bill.pdf",
            "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    static Stream<Arguments> refused() {
        return Arrays.stream(RequesterAction.values()).flatMap(action -> Arrays.stream(RequestState.values())
                .filter(state -> !action.allowedFrom(state)).map(state -> Arguments.of(action, state)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("refused")
    void anActionIsRefusedFromAStateThatDoesNotAllowItAndChangesNothing(RequesterAction action, RequestState state) {
        var request = RequestFixture.in(state);
        int timeline = request.timeline().size();
        int events = request.pendingEvents().size();

        assertThatThrownBy(() -> take(action).accept(request)).isInstanceOf(WorkflowException.class)
                .hasMessageStartingWith("Your request is '" + state.publicName() + "', so you cannot ")
                .hasMessageEndingWith("Nothing was changed.");
        assertThat(request.state()).isEqualTo(state);
        assertThat(request.timeline()).hasSize(timeline);
        assertThat(request.replies()).isEmpty();
        assertThat(request.pendingEvents()).hasSize(events);
    }

    @Test
    void aClosedOrWithdrawnRequestRefusesEveryAction() {
        for (var action : RequesterAction.values()) {
            assertThat(action.allowedFrom(RequestState.CLOSED)).as(action.name()).isFalse();
            assertThat(action.allowedFrom(RequestState.WITHDRAWN)).as(action.name()).isFalse();
        }
    }

    @Test
    void aReplyKeepsItsTextAndAttachmentsAndTellsTheCaseworker() {
        var request = RequestFixture.in(RequestState.AWAITING_CLARIFICATION);
        request.receiveReply(UUID.randomUUID(), "  The north exit.  ", List.of(PHOTO), FILED.plus(Duration.ofDays(2)));

        assertThat(request.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("The north exit.");
            assertThat(reply.kind()).isEqualTo(RequesterReply.Kind.REPLY);
        });
        assertThat(request.documents()).hasSize(2).last().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DocumentType.PNG);
            assertThat(d.replyId()).isEqualTo(request.replies().getFirst().id());
        });
        assertThat(request.pendingEvents()).anySatisfy(e -> assertThat(e)
                .usingRecursiveComparison().ignoringFields("actionId")
                .isEqualTo(new RequesterReplied(request.id(), null, true, 1, UUID.randomUUID())));
        assertThat(request.pendingEvents()).filteredOn(RequestAudited.class::isInstance).map(RequestAudited.class::cast)
                .filteredOn(a -> a.action().equals("REQUESTER_REPLIED")).singleElement()
                .satisfies(a -> assertThat(a.actor()).isEqualTo("requester"));
        assertThat(request.timeline().getLast().text()).startsWith("You replied with a file.");
    }

    @Test
    void badRepliesAndFilesAreRefusedAndNothingIsKept() {
        var request = RequestFixture.in(RequestState.AWAITING_CLARIFICATION);
        var disguised = new NewDocument("photo.jpg", "MZ not a photo".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> request.receiveReply(UUID.randomUUID(), " ", List.of(), FILED))
                .hasMessage("Write your reply.");
        assertThatThrownBy(() -> request.receiveReply(UUID.randomUUID(), "x".repeat(2001), List.of(), FILED))
                .hasMessage("Write 2000 characters or fewer.");
        assertThatThrownBy(() -> request.receiveReply(UUID.randomUUID(), "Here", List.of(PHOTO, PDF, PHOTO), FILED))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("Attach no more than 2 files");
        assertThatThrownBy(() -> request.receiveReply(UUID.randomUUID(), "Here", List.of(disguised), FILED))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("is not a JPG, PNG or PDF");
        assertThatThrownBy(() -> request.receiveDocuments(UUID.randomUUID(), List.of(), FILED))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("Upload at least one identity document");

        assertThat(request.state()).isEqualTo(RequestState.AWAITING_CLARIFICATION);
        assertThat(request.replies()).isEmpty();
        assertThat(request.documents()).hasSize(1);
    }

    @Test
    void aRequestKeepsAtMostTenDocuments() {
        var request = RequestFixture.in(RequestState.SEARCHING);
        for (int i = 0; i < 4; i++) {
            request.receiveDocuments(UUID.randomUUID(), List.of(PHOTO, PDF), FILED);
        }
        request.receiveDocuments(UUID.randomUUID(), List.of(PDF), FILED);

        assertThatThrownBy(() -> request.receiveDocuments(UUID.randomUUID(), List.of(PDF), FILED))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("no more than 10");
        assertThat(request.documents()).hasSize(10);
    }

    @Test
    void documentsSentWhileIdentityIsAwaitedWaitForVerificationFromTheDayTheyArrived() {
        var request = RequestFixture.in(RequestState.AWAITING_IDENTITY);
        request.receiveDocuments(UUID.randomUUID(), List.of(PHOTO), FILED.plus(Duration.ofDays(3)));

        assertThat(request.pendingAnswer().question()).isEqualTo(PendingAnswer.Question.IDENTITY);
        assertThat(request.pendingAnswer().receivedOn()).isEqualTo(FILED_ON.plusDays(3));
        assertThat(request.pendingEvents()).filteredOn(IdentityDocumentsSent.class::isInstance)
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("actionId")
                .contains(new IdentityDocumentsSent(request.id(), null, 1, UUID.randomUUID()));
        assertThatThrownBy(() -> request.confirmAnswer(CASEWORKER, FILED.plus(Duration.ofDays(4))))
                .hasMessageStartingWith("Verify the identity");

        request.verifyIdentity(CASEWORKER, FILED_ON.plusDays(3), FILED.plus(Duration.ofDays(4)));
        assertThat(request.pendingAnswer().waits()).isFalse();
        assertThat(request.deadline(FILED_ON.plusDays(4)).clockStartedOn()).isEqualTo(FILED_ON.plusDays(3));
    }

    @Test
    void theCaseworkerMayAskForOtherIdentityDocumentsWhileStillWaiting() {
        var request = RequestFixture.in(RequestState.AWAITING_IDENTITY);
        request.receiveDocuments(UUID.randomUUID(), List.of(PHOTO), FILED);
        int stages = request.stages().size();

        request.requestIdentityDocuments(CASEWORKER, "The photo is blurred: send it again", FILED);

        assertThat(request.state()).isEqualTo(RequestState.AWAITING_IDENTITY);
        assertThat(request.stages()).hasSize(stages);
        assertThat(request.pendingAnswer().waits()).isFalse();
    }

    @Test
    void aFinishedRequestHasNoAnswerLeftToCheck() {
        var request = RequestFixture.in(RequestState.AWAITING_CLARIFICATION);
        request.receiveReply(UUID.randomUUID(), "The north exit.", List.of(), FILED);
        assertThat(request.pendingAnswer().waits()).isTrue();

        request.startReview(CASEWORKER, FILED);
        assertThat(request.pendingAnswer().waits()).as("still open").isTrue();
        request.decide(Decision.DISCLOSED, null, CASEWORKER, FILED);
        assertThat(request.pendingAnswer().waits()).isFalse();
    }

    @Test
    void theRequesterWithdrawsAndTheCaseworkerIsTold() {
        var request = RequestFixture.in(RequestState.SEARCHING);
        request.assign("casey", SUPERVISOR, FILED);

        request.withdrawByRequester(FILED);

        assertThat(request.state()).isEqualTo(RequestState.WITHDRAWN);
        assertThat(request.pendingEvents()).filteredOn(RequestWithdrawnByRequester.class::isInstance)
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("actionId")
                .contains(new RequestWithdrawnByRequester(request.id(), "casey", UUID.randomUUID()));
        assertThat(request.timeline().getLast().text()).startsWith("You withdrew your request.");
        assertThatThrownBy(() -> request.withdrawByRequester(FILED)).hasMessage("Your request is 'Withdrawn', so "
                + "you cannot withdraw it. Nothing was changed.");
    }

    @Test
    void anInternalReviewIsDecidedBySomeoneOtherThanWhoDecided() {
        var request = RequestFixture.in(RequestState.DISCLOSED); // decided by CASEWORKER
        request.askForInternalReview(UUID.randomUUID(), "The footage stops before the search ended.", FILED);
        assertThat(request.state()).isEqualTo(RequestState.INTERNAL_REVIEW);
        assertThat(request.pendingEvents()).filteredOn(InternalReviewAsked.class::isInstance)
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("actionId")
                .contains(new InternalReviewAsked(request.id(), null, UUID.randomUUID()));
        assertThat(request.replies()).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(RequesterReply.Kind.REVIEW_REASONS));

        assertThatThrownBy(() -> request.decide(Decision.DISCLOSED, null, CASEWORKER, FILED))
                .isInstanceOf(WorkflowException.class).hasMessageStartingWith("You made the decision under review");
        assertThatThrownBy(() -> request.noFootageHeld(NoFootageReason.NEVER_RECORDED, CASEWORKER, FILED))
                .hasMessageStartingWith("You made the decision under review");
        assertThat(request.state()).isEqualTo(RequestState.INTERNAL_REVIEW);

        request.decide(Decision.DISCLOSED, null, SUPERVISOR, FILED);
        assertThat(request.state()).isEqualTo(RequestState.DISCLOSED);
        assertThat(request.decision().decidedBy()).isEqualTo(SUPERVISOR.username());
        assertThatThrownBy(() -> request.askForInternalReview(UUID.randomUUID(), "Again", FILED))
                .hasMessageStartingWith("We have already reviewed our decision once");
    }

    @Test
    void theSupervisorWhoSignedOffTheDecisionCannotSignOffItsReview() {
        var request = RequestFixture.in(RequestState.REFUSED); // proposed by SUPERVISOR, signed off by OTHER
        request.askForInternalReview(UUID.randomUUID(), "I was the only person filmed.", FILED);
        var reviewer = new Officer("rita", true);
        request.decide(Decision.PARTIALLY_DISCLOSED, RestrictionGround.PREJUDICE_CRIME, reviewer, FILED);

        assertThatThrownBy(() -> request.signOff(OTHER_SUPERVISOR, FILED))
                .hasMessageStartingWith("You made the decision under review");
        assertThatThrownBy(() -> request.decide(Decision.DISCLOSED, null, SUPERVISOR, FILED))
                .hasMessageStartingWith("You made the decision under review");
        request.signOff(new Officer("rob", true), FILED);
        assertThat(request.state()).isEqualTo(RequestState.PARTIALLY_DISCLOSED);
    }

    @Test
    void reviewReasonsAreRequired() {
        var request = RequestFixture.in(RequestState.NO_FOOTAGE_HELD);
        assertThatThrownBy(() -> request.askForInternalReview(UUID.randomUUID(), "", FILED))
                .hasMessage("Tell us why you think our decision is wrong.");
        assertThat(request.state()).isEqualTo(RequestState.NO_FOOTAGE_HELD);
    }

    /**
     * Each form the requester sends carries its submission key: sent again (a double click, a retry), it is taken
     * once.
     */
    @ParameterizedTest
    @EnumSource(value = RequesterAction.class, names = {"REPLY", "SEND_DOCUMENTS", "ASK_FOR_REVIEW"})
    void aFormSentTwiceIsTakenOnce(RequesterAction action) {
        var request = RequestFixture.in(action == RequesterAction.ASK_FOR_REVIEW ? RequestState.NO_FOOTAGE_HELD
                : RequestState.AWAITING_CLARIFICATION);
        var submission = UUID.randomUUID();
        Consumer<FootageRequest> send = switch (action) {
            case REPLY -> r -> r.receiveReply(submission, "The north exit.", List.of(PHOTO), FILED);
            case SEND_DOCUMENTS -> r -> r.receiveDocuments(submission, List.of(PDF), FILED);
            case ASK_FOR_REVIEW -> r -> r.askForInternalReview(submission, "The footage is incomplete", FILED);
            case WITHDRAW -> throw new IllegalArgumentException();
        };
        send.accept(request);
        var taken = new Taken(request);

        send.accept(request);

        assertThat(new Taken(request)).isEqualTo(taken);
        assertThat(request.hasReceived(submission)).isTrue();
        assertThat(request.hasReceived(UUID.randomUUID())).isFalse();
    }

    /** What a form sent by the requester leaves on the request. */
    private record Taken(int replies, int documents, int timeline, int events, RequestState state) {
        Taken(FootageRequest request) {
            this(request.replies().size(), request.documents().size(), request.timeline().size(),
                    request.pendingEvents().size(), request.state());
        }
    }

    private static Consumer<FootageRequest> take(RequesterAction action) {
        return switch (action) {
            case REPLY -> r -> r.receiveReply(UUID.randomUUID(), "Here is my answer", List.of(), FILED);
            case SEND_DOCUMENTS -> r -> r.receiveDocuments(UUID.randomUUID(), List.of(PDF), FILED);
            case WITHDRAW -> r -> r.withdrawByRequester(FILED);
            case ASK_FOR_REVIEW -> r -> r.askForInternalReview(UUID.randomUUID(), "The footage is incomplete",
                    FILED);
        };
    }
}
