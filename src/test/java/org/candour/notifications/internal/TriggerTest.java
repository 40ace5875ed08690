package org.candour.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.candour.requests.RequestState;
import org.candour.requests.RequestStateChanged;
import org.candour.requests.RequestSubmitted;
import org.candour.requests.RequestUpdate;
import org.candour.requests.RequestUpdated;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which change of a request is mailed to the requester, and as which notice. */
class TriggerTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(nullValues = "none", value = {
            "SUBMITTED,              AWAITING_IDENTITY,      IDENTITY_ASKED",
            "SUBMITTED,              IDENTITY_VERIFIED,      CLOCK_STARTED",
            "AWAITING_IDENTITY,      IDENTITY_VERIFIED,      CLOCK_STARTED",
            "IDENTITY_VERIFIED,      SEARCHING,              none",
            "SEARCHING,              AWAITING_CLARIFICATION, CLARIFICATION_ASKED",
            "AWAITING_CLARIFICATION, SEARCHING,              CLOCK_RESUMED",
            "AWAITING_CLARIFICATION, IN_REVIEW,              CLOCK_RESUMED",
            "AWAITING_CLARIFICATION, WITHDRAWN,              WITHDRAWN",
            "SEARCHING,              IN_REVIEW,              none",
            "IN_REVIEW,              DISCLOSED,              DECISION",
            "IN_REVIEW,              PARTIALLY_DISCLOSED,    DECISION",
            "IN_REVIEW,              REFUSED,                DECISION",
            "SEARCHING,              NO_FOOTAGE_HELD,        DECISION",
            "DISCLOSED,              CLOSED,                 none",
            "DISCLOSED,              INTERNAL_REVIEW,        none"})
    void aMoveIsMailedAsItsNotice(RequestState from, RequestState to, @Nullable Notice notice) {
        var changeId = UUID.randomUUID();
        var trigger = Trigger.of(new RequestStateChanged(UUID.randomUUID(), from, to, changeId));

        if (notice == null) {
            assertThat(trigger).isEmpty();
        } else {
            assertThat(trigger).hasValueSatisfying(t -> {
                assertThat(t.notice()).isEqualTo(notice);
                assertThat(t.key()).isEqualTo(notice + ":" + changeId);
                assertThat(t.movedTo()).isEqualTo(to);
            });
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"EXTENDED, EXTENDED", "MESSAGE_SENT, MESSAGE", "CASEWORK, none"})
    void anUpdateIsMailedOnlyWhenTheRequesterIsToldOfIt(RequestUpdate what, @Nullable Notice notice) {
        var trigger = Trigger.of(new RequestUpdated(UUID.randomUUID(), what));

        assertThat(trigger.map(Trigger::notice)).isEqualTo(java.util.Optional.ofNullable(notice));
    }

    @Test
    void aFilingIsMailedOncePerRequest() {
        var id = UUID.randomUUID();

        assertThat(Trigger.of(new RequestSubmitted(id))).hasValueSatisfying(t -> {
            assertThat(t.notice()).isEqualTo(Notice.RECEIVED);
            assertThat(t.key()).isEqualTo("RECEIVED:" + id);
        });
    }

    @Test
    void twoMovesBetweenTheSameStatesAreTwoMessages() {
        var id = UUID.randomUUID();
        var first = Trigger.of(new RequestStateChanged(id, RequestState.SEARCHING, RequestState.AWAITING_CLARIFICATION));
        var second = Trigger.of(new RequestStateChanged(id, RequestState.SEARCHING, RequestState.AWAITING_CLARIFICATION));

        assertThat(first.orElseThrow().key()).isNotEqualTo(second.orElseThrow().key());
    }

    @Test
    void anEventStoredBeforeChangesHadIdsIsNotMailed() {
        assertThat(Trigger.of(new RequestUpdated(UUID.randomUUID(), RequestUpdate.EXTENDED, null))).isEmpty();
    }
}
