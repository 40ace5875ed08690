package org.candour.requests.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.candour.requests.RequestState;

/** A filed request, and the shortest way through the workflow to each state. */
final class RequestFixture {

    static final Instant FILED = Instant.parse("2026-03-02T10:00:00Z"); // Monday
    static final LocalDate FILED_ON = LocalDate.of(2026, 3, 2);
    static final Officer CASEWORKER = new Officer("casey", false);
    static final Officer SUPERVISOR = new Officer("sam", true);
    static final Officer OTHER_SUPERVISOR = new Officer("sue", true);

    private RequestFixture() {
    }

    static FootageRequest file() {
        return file(List.of(new NewDocument("id.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))));
    }

    static FootageRequest file(List<NewDocument> documents) {
        return file(documents, FILED);
    }

    static FootageRequest file(List<NewDocument> documents, Instant filedAt) {
        var requester = new Requester("Test Person", LocalDate.of(1990, 1, 1), "1 Road", "SW1A 2AA",
                "t@example.org", null, "Red jacket");
        var incident = new Incident(LocalDate.of(2026, 2, 28), LocalTime.of(21, 0), LocalTime.of(21, 30), "E09000022",
                "Brixton Road", "Stopped and searched", null, null, true);
        return FootageRequest.file(RequestReference.of(2026, 1), UUID.randomUUID(), "hash", filedAt, requester,
                incident, AccessPreference.COPY, documents);
    }

    static FootageRequest in(RequestState state) {
        FootageRequest request = file();
        switch (state) {
            case SUBMITTED -> { }
            case AWAITING_IDENTITY -> request.requestIdentityDocuments(CASEWORKER, "Send a passport", FILED);
            case WITHDRAWN -> request.withdraw(CASEWORKER, FILED);
            default -> afterVerification(request, state);
        }
        return request;
    }

    private static void afterVerification(FootageRequest request, RequestState state) {
        request.verifyIdentity(CASEWORKER, FILED_ON, FILED);
        switch (state) {
            case IDENTITY_VERIFIED -> { }
            case NO_FOOTAGE_HELD -> request.noFootageHeld(NoFootageReason.NEVER_RECORDED, CASEWORKER, FILED);
            default -> afterSearch(request, state);
        }
    }

    private static void afterSearch(FootageRequest request, RequestState state) {
        request.startSearch(CASEWORKER, FILED);
        switch (state) {
            case SEARCHING -> { }
            case AWAITING_CLARIFICATION -> request.askForClarification(CASEWORKER, "Which exit?", FILED);
            default -> afterReview(request, state);
        }
    }

    private static void afterReview(FootageRequest request, RequestState state) {
        request.startReview(CASEWORKER, FILED);
        switch (state) {
            case IN_REVIEW -> { }
            case DISCLOSED -> request.decide(Decision.DISCLOSED, null, CASEWORKER, FILED);
            case CLOSED -> {
                request.decide(Decision.DISCLOSED, null, CASEWORKER, FILED);
                request.close(CASEWORKER, FILED);
            }
            case INTERNAL_REVIEW -> {
                request.decide(Decision.DISCLOSED, null, CASEWORKER, FILED);
                request.requestInternalReview(CASEWORKER, FILED);
            }
            case PARTIALLY_DISCLOSED, REFUSED -> {
                request.decide(Decision.valueOf(state.name()), RestrictionGround.PREJUDICE_CRIME, SUPERVISOR, FILED);
                request.signOff(OTHER_SUPERVISOR, FILED);
            }
            default -> throw new IllegalArgumentException("No path to " + state);
        }
    }
}
