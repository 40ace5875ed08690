package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.requests.domain.RequestFixture.CASEWORKER;
import static org.candour.requests.domain.RequestFixture.FILED;
import static org.candour.requests.domain.RequestFixture.SUPERVISOR;

import org.candour.requests.RequestState;
import org.candour.requests.WorkflowException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The release rule of the Decide step (s.45(4)(e)): with footage stored, a release must name its disclosure copy. */
class ReleaseRuleTest {

    @ParameterizedTest(name = "{0} with footage stored {1}: allowed {2}")
    @CsvSource({
            "DISCLOSED,           true,  false",
            "PARTIALLY_DISCLOSED, true,  false",
            "REFUSED,             true,  true",
            "DISCLOSED,           false, true",
            "PARTIALLY_DISCLOSED, false, true",
            "REFUSED,             false, true",
    })
    void aReleaseWithoutACopyIsRefusedOnlyWhenFootageIsStored(Decision decision, boolean stored, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> ReleaseRule.checkDecisionWithoutCopy(decision, stored)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ReleaseRule.checkDecisionWithoutCopy(decision, stored))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("must name the disclosure copy")
                    .hasMessageContaining("redaction page")
                    .hasMessageContaining("s.45(4)(e)");
        }
    }

    @ParameterizedTest(name = "{0} decided without a copy, footage stored: nothing changes")
    @CsvSource({"DISCLOSED", "PARTIALLY_DISCLOSED"})
    void theRequestStaysInReviewWithNothingProposed(Decision decision) {
        var request = RequestFixture.in(RequestState.IN_REVIEW);
        var ground = decision.restricts() ? RestrictionGround.RIGHTS_OF_OTHERS : null;

        assertThatThrownBy(() -> request.decide(decision, ground, true, CASEWORKER, FILED))
                .hasMessage(ReleaseRule.NAME_THE_COPY);

        assertThat(request.state()).isEqualTo(RequestState.IN_REVIEW);
        assertThat(request.decision().awaitsSignOff()).isFalse();
    }

    @ParameterizedTest(name = "{0} decided without a copy, footage stored: refused is recorded")
    @CsvSource({"REFUSED"})
    void aRefusalNamesNoCopy(Decision decision) {
        var request = RequestFixture.in(RequestState.IN_REVIEW);
        request.decide(decision, RestrictionGround.PREJUDICE_CRIME, true, CASEWORKER, FILED);
        request.signOff(SUPERVISOR, FILED);
        assertThat(request.state()).isEqualTo(RequestState.REFUSED);
    }
}
