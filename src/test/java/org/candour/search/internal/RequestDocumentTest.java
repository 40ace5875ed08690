package org.candour.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.candour.requests.RequestSnapshot;
import org.candour.requests.ClockStatus;
import org.candour.requests.Outcome;
import org.candour.requests.RequestState;
import org.candour.shared.Boroughs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The indexed {@code open} flag and the fields for the facets follow the request's state. */
class RequestDocumentTest {

    @ParameterizedTest
    @CsvSource({"SUBMITTED, true", "AWAITING_IDENTITY, true", "IDENTITY_VERIFIED, true", "SEARCHING, true",
            "AWAITING_CLARIFICATION, true", "IN_REVIEW, true", "INTERNAL_REVIEW, true", "DISCLOSED, false",
            "PARTIALLY_DISCLOSED, false", "REFUSED, false", "NO_FOOTAGE_HELD, false", "WITHDRAWN, false",
            "CLOSED, false"})
    void openIsTrueExactlyInTheOpenStates(RequestState state, boolean open) {
        assertThat(RequestDocument.of(snapshot(state)).open()).isEqualTo(open);
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void everyStateAgreesWithTheWorkflow(RequestState state) {
        assertThat(RequestDocument.of(snapshot(state)).open()).isEqualTo(state.isOpen());
    }

    @Test
    void theFacetKeyHoldsBoroughStateOutcomeAndExtension() {
        String borough = Boroughs.policedByTheMet().getFirst().name();
        assertThat(RequestDocument.of(snapshot(RequestState.SEARCHING)).facetKey()).isEqualTo(borough + "|SEARCHING||false");
        var refused = RequestDocument.of(decided(RequestState.REFUSED));
        assertThat(FacetKey.parse(refused.facetKey()))
                .isEqualTo(new FacetKey(refused.boroughName(), "REFUSED", "REFUSED", false));
    }

    private static RequestSnapshot decided(RequestState state) {
        var open = snapshot(state);
        return new RequestSnapshot(open.id(), open.version(), open.reference(), open.boroughCode(), state,
                open.submittedAt(), open.receivedOn(), open.incidentDate(), ClockStatus.RUNNING,
                open.dueDate(), open.footageDeletionDate(), false, false, false, open.location(), open.description(),
                Outcome.of(state).orElseThrow(),
                Instant.parse("2026-03-20T10:00:00Z"), open.stages(), false, false, null, null, null);
    }

    private static RequestSnapshot snapshot(RequestState state) {
        LocalDate received = LocalDate.of(2026, 3, 2);
        return new RequestSnapshot(UUID.randomUUID(), 3, "BWV-2026-000001",
                Boroughs.policedByTheMet().getFirst().gssCode(), state, Instant.parse("2026-03-02T10:00:00Z"),
                received, received.minusDays(3), ClockStatus.RUNNING, received.plusMonths(1), received.plusDays(28), false,
                false, false, "outside the station", "I was stopped.", null, null,
                List.of(new RequestSnapshot.Stage(RequestState.SUBMITTED, Instant.parse("2026-03-02T10:00:00Z"), null)),
                false, false, null, null, null);
    }
}
