package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.requests.domain.RequestFixture.CASEWORKER;
import static org.candour.requests.domain.RequestFixture.FILED;
import static org.candour.requests.domain.RequestFixture.OTHER_SUPERVISOR;
import static org.candour.requests.domain.RequestFixture.SUPERVISOR;

import java.util.UUID;
import org.candour.requests.ReleaseCopySignedOff;
import org.candour.requests.RequestState;
import org.candour.requests.WorkflowException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A release that names the redacted disclosure copy waits for a supervisor's sign-off, which approves the copy. */
class ReleaseProposalTest {

    private static final UUID COPY = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final String SHA = "a".repeat(64);

    @Test
    void aRedactedReleaseWaitsForSignOffAndItsSignOffApprovesTheCopy() {
        var request = RequestFixture.in(RequestState.IN_REVIEW);
        request.proposeRelease(Decision.PARTIALLY_DISCLOSED, RestrictionGround.RIGHTS_OF_OTHERS, COPY, SHA, CASEWORKER,
                FILED);

        assertThat(request.state()).isEqualTo(RequestState.IN_REVIEW);
        assertThat(request.decision().proposed().copyId()).isEqualTo(COPY);
        assertThat(request.pendingEvents()).noneMatch(ReleaseCopySignedOff.class::isInstance);

        request.signOff(SUPERVISOR, FILED);

        assertThat(request.state()).isEqualTo(RequestState.PARTIALLY_DISCLOSED);
        assertThat(request.decision().releasedCopyId()).isEqualTo(COPY);
        assertThat(request.decision().restrictionGround()).isEqualTo(RestrictionGround.RIGHTS_OF_OTHERS);
        assertThat(request.pendingEvents()).filteredOn(ReleaseCopySignedOff.class::isInstance)
                .singleElement().satisfies(event -> {
                    var approved = (ReleaseCopySignedOff) event;
                    assertThat(approved.copyId()).isEqualTo(COPY);
                    assertThat(approved.sha256()).isEqualTo(SHA);
                    assertThat(approved.signedOffBy()).isEqualTo(SUPERVISOR.username());
                });
    }

    @Test
    void aFullReleaseOfACopyAlsoWaitsForSignOffAndKeepsNoGround() {
        var request = RequestFixture.in(RequestState.IN_REVIEW);
        request.proposeRelease(Decision.DISCLOSED, RestrictionGround.RIGHTS_OF_OTHERS, COPY, SHA, CASEWORKER, FILED);

        assertThat(request.state()).isEqualTo(RequestState.IN_REVIEW);
        assertThat(request.decision().proposed().ground()).isNull();

        request.signOff(SUPERVISOR, FILED);
        assertThat(request.state()).isEqualTo(RequestState.DISCLOSED);
        assertThat(request.decision().restrictionGround()).isNull();
    }

    @Test
    void aPartialReleaseNeedsItsGround() {
        var request = RequestFixture.in(RequestState.IN_REVIEW);
        assertThatThrownBy(() -> request.proposeRelease(Decision.PARTIALLY_DISCLOSED, null, COPY, SHA, CASEWORKER,
                FILED)).isInstanceOf(WorkflowException.class).hasMessageContaining("s.45(4) ground");
    }

    @Test
    void aRefusalReleasesNoCopy() {
        var request = RequestFixture.in(RequestState.IN_REVIEW);
        assertThatThrownBy(() -> request.proposeRelease(Decision.REFUSED, RestrictionGround.RIGHTS_OF_OTHERS, COPY,
                SHA, CASEWORKER, FILED)).isInstanceOf(WorkflowException.class).hasMessageContaining("releases no copy");
    }

    @Test
    void theProposerCannotSignOffTheirOwnRelease() {
        var request = RequestFixture.in(RequestState.IN_REVIEW);
        request.proposeRelease(Decision.DISCLOSED, null, COPY, SHA, SUPERVISOR, FILED);

        assertThatThrownBy(() -> request.signOff(SUPERVISOR, FILED)).hasMessageContaining("other than");
        request.signOff(OTHER_SUPERVISOR, FILED);
        assertThat(request.state()).isEqualTo(RequestState.DISCLOSED);
    }

    @Test
    void aSecondProposalWaitsUntilTheFirstIsSentBack() {
        var request = RequestFixture.in(RequestState.IN_REVIEW);
        request.proposeRelease(Decision.DISCLOSED, null, COPY, SHA, CASEWORKER, FILED);
        assertThatThrownBy(() -> request.proposeRelease(Decision.DISCLOSED, null, COPY, SHA, CASEWORKER, FILED))
                .hasMessageContaining("already waiting");

        request.sendBack(SUPERVISOR, FILED);
        request.proposeRelease(Decision.DISCLOSED, null, COPY, SHA, CASEWORKER, FILED);
        assertThat(request.decision().proposed()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(value = RequestState.class, names = {"SEARCHING", "DISCLOSED", "WITHDRAWN"})
    void aReleaseIsProposedOnlyWhileTheRequestIsDecided(RequestState state) {
        var request = RequestFixture.in(state);
        assertThatThrownBy(() -> request.proposeRelease(Decision.DISCLOSED, null, COPY, SHA, CASEWORKER, FILED))
                .isInstanceOf(WorkflowException.class);
    }
}
