package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.requests.domain.RequestFixture.CASEWORKER;
import static org.candour.requests.domain.RequestFixture.FILED;
import static org.candour.requests.domain.RequestFixture.FILED_ON;
import static org.candour.requests.domain.RequestFixture.OTHER_SUPERVISOR;
import static org.candour.requests.domain.RequestFixture.SUPERVISOR;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.candour.requests.RequestState;
import org.candour.requests.WorkflowException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every casework action is refused from every state the workflow table (CaseAction, DOMAIN.md) does not allow. */
class FootageRequestGuardsTest {

    static Stream<Arguments> refusedMoves() {
        return Arrays.stream(CaseAction.values()).flatMap(action -> Arrays.stream(RequestState.values())
                .filter(state -> !action.allowedFrom(state)).map(state -> Arguments.of(action, state)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("refusedMoves")
    void anActionIsRefusedFromAStateTheTableDoesNotAllowAndChangesNothing(CaseAction action, RequestState state) {
        FootageRequest request = RequestFixture.in(state);
        int timeline = request.timeline().size();
        int events = request.pendingEvents().size();

        assertThatThrownBy(() -> take(action).accept(request)).isInstanceOf(WorkflowException.class)
                .hasMessageStartingWith("A request that is '" + state.publicName() + "' cannot ");
        assertThat(request.state()).isEqualTo(state);
        assertThat(request.timeline()).hasSize(timeline);
        assertThat(request.pendingEvents()).hasSize(events);
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void theActionsOfferedAreThoseTheTableAllows(RequestState state) {
        var allowed = EnumSet.noneOf(CaseAction.class);
        Arrays.stream(CaseAction.values()).filter(a -> a.allowedFrom(state)).forEach(allowed::add);

        assertThat(RequestFixture.in(state).availableActions()).isEqualTo(allowed);
    }

    @Test
    void aProposalWaitingForSignOffIsNotOfferedADecisionAndCannotBeSignedOffOnceWithdrawn() {
        FootageRequest request = RequestFixture.in(RequestState.IN_REVIEW);
        request.decide(Decision.REFUSED, RestrictionGround.PREJUDICE_CRIME, SUPERVISOR, FILED);
        assertThat(request.availableActions()).doesNotContain(CaseAction.DECIDE, CaseAction.NO_FOOTAGE_HELD_ANSWER)
                .contains(CaseAction.WITHDRAW);

        request.withdraw(CASEWORKER, FILED);

        assertThatThrownBy(() -> request.signOff(OTHER_SUPERVISOR, FILED)).isInstanceOf(WorkflowException.class)
                .hasMessage("A request that is 'Withdrawn' cannot be decided.");
        assertThat(request.state()).isEqualTo(RequestState.WITHDRAWN);
    }

    private static Consumer<FootageRequest> take(CaseAction action) {
        return switch (action) {
            case REQUEST_IDENTITY_DOCUMENTS -> r -> r.requestIdentityDocuments(CASEWORKER, "Send a passport", FILED);
            case VERIFY_IDENTITY -> r -> r.verifyIdentity(CASEWORKER, FILED_ON, FILED);
            case START_SEARCH -> r -> r.startSearch(CASEWORKER, FILED);
            case ASK_FOR_CLARIFICATION -> r -> r.askForClarification(CASEWORKER, "Which exit?", FILED);
            case CLARIFICATION_RECEIVED -> r -> r.clarificationReceived(CASEWORKER, FILED_ON, FILED);
            case START_REVIEW -> r -> r.startReview(CASEWORKER, FILED);
            case DECIDE -> r -> r.decide(Decision.DISCLOSED, null, CASEWORKER, FILED);
            case NO_FOOTAGE_HELD_ANSWER -> r -> r.noFootageHeld(NoFootageReason.NEVER_RECORDED, CASEWORKER, FILED);
            case EXTEND -> r -> r.extend(1, "Many recordings", FILED_ON, CASEWORKER, FILED);
            case WITHDRAW -> r -> r.withdraw(CASEWORKER, FILED);
            case CLOSE -> r -> r.close(CASEWORKER, FILED);
            case REQUEST_INTERNAL_REVIEW -> r -> r.requestInternalReview(CASEWORKER, FILED);
            case RECORD_ICO_REFERRAL -> r -> r.recordIcoReferral("IC-123", FILED_ON, CASEWORKER, FILED);
            case ATTACH_RECORDING -> r -> r.attachRecording("REC-1", CASEWORKER, FILED);
            case ASSIGN -> r -> r.assign("casey", CASEWORKER, FILED);
        };
    }
}
