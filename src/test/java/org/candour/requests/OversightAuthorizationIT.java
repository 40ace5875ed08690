package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.ComplaintBodySummary;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.search.RequestSearch;
import org.candour.search.SearchQuery;
import org.candour.search.WorkflowAnalytics;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestComplaintBodies;
import org.candour.support.TestRequests;
import org.candour.support.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every service method an OVERSIGHT account can reach, called by a complaint body about a request in each
 * situation a link can be in: no such request, a link of another body, a link this body proposed that nobody
 * agreed to, a requester's consent this body has not linked, an active link with and without the requester's
 * consent to share their identity, a link a supervisor approved. A body sees progress only on its own active link,
 * identity only with the requester's consent, and every other case answers exactly as an unknown reference does.
 */
@SpringBootTest
@Import(ClockTestConfiguration.class)
class OversightAuthorizationIT {

    private static final String COMPLAINT = "CMP-2026-0042";
    private static final String UNKNOWN = "BWV-2026-999998";

    enum Situation { UNKNOWN_REFERENCE, OTHER_BODY, PENDING, CONSENT_NOT_LINKED, ACTIVE, ACTIVE_WITH_IDENTITY,
        APPROVED }

    enum Operation { LIST, EXPORT, REQUESTER, PRESERVE, CLOSE_LINK, SEARCH_ALL, ANALYTICS, CASEWORK, QUEUE }

    /** What the body gets: the request, a refusal that says no more than for an unknown reference, or no access. */
    enum Answer { SEES, NOT_LINKED, NO_IDENTITY, DENIED }

    @Autowired
    RequestFilingService filing;
    @Autowired
    RequestTrackingService tracking;
    @Autowired
    ComplaintCases complaints;
    @Autowired
    LinkApprovals approvals;
    @Autowired
    CaseworkService casework;
    @Autowired
    CaseQueue queue;
    @Autowired
    RequestSearch search;
    @Autowired
    WorkflowAnalytics analytics;
    @Autowired
    ComplaintBodies bodies;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MutableClock clock;

    private ComplaintBodySummary own;
    private ComplaintBodySummary other;
    private String ownUser;
    private String otherUser;

    @BeforeEach
    void bodies() {
        clock.set(ClockTestConfiguration.START);
        own = TestComplaintBodies.body(bodies, "Own body");
        other = TestComplaintBodies.body(bodies, "Other body");
        ownUser = TestComplaintBodies.oversightIn(accounts, own, "own");
        otherUser = TestComplaintBodies.oversightIn(accounts, other, "other");
    }

    static Stream<Arguments> matrix() {
        var rows = new ArrayList<Arguments>();
        for (Situation situation : Situation.values()) {
            boolean active = List.of(Situation.ACTIVE, Situation.ACTIVE_WITH_IDENTITY, Situation.APPROVED)
                    .contains(situation);
            for (Operation operation : Operation.values()) {
                Answer answer = switch (operation) {
                    case SEARCH_ALL, ANALYTICS, CASEWORK, QUEUE -> Answer.DENIED;
                    case LIST, EXPORT, PRESERVE, CLOSE_LINK -> active ? Answer.SEES : Answer.NOT_LINKED;
                    case REQUESTER -> situation == Situation.ACTIVE_WITH_IDENTITY ? Answer.SEES
                            : active ? Answer.NO_IDENTITY : Answer.NOT_LINKED;
                };
                rows.add(Arguments.of(situation, operation, answer));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @MethodSource("matrix")
    void aComplaintBodyGetsExactlyWhatItsLinkEarns(Situation situation, Operation operation, Answer expected) {
        String reference = arrange(situation);
        Function<Runnable, Throwable> asOwn = call -> TestSecurity.as(ownUser, Role.OVERSIGHT,
                () -> catchThrowable(call::run));

        switch (operation) {
            case LIST -> {
                var listed = TestSecurity.as(ownUser, Role.OVERSIGHT, () -> complaints.linked(PageRequest.of(0, 100)))
                        .stream().map(LinkedRequest::reference).toList();
                assertThat(listed).isEqualTo(expected == Answer.SEES ? List.of(reference) : List.of());
            }
            case EXPORT -> assertThat(TestSecurity.as(ownUser, Role.OVERSIGHT, complaints::exportCsv)
                    .contains(reference)).isEqualTo(expected == Answer.SEES);
            case REQUESTER -> {
                var thrown = asOwn.apply(() -> complaints.requesterContact(reference));
                check(thrown, expected, reference);
                if (expected == Answer.SEES) {
                    assertThat(TestSecurity.as(ownUser, Role.OVERSIGHT,
                            () -> complaints.requesterContact(reference)).fullName()).isEqualTo(TestRequests.NAME);
                }
            }
            case PRESERVE -> check(asOwn.apply(() -> complaints.askForPreservation(reference)), expected, reference);
            case CLOSE_LINK -> check(asOwn.apply(() -> complaints.closeLink(reference)), expected, reference);
            case SEARCH_ALL -> check(asOwn.apply(() -> search.search(SearchQuery.everything())), expected, reference);
            case ANALYTICS -> check(asOwn.apply(analytics::figures), expected, reference);
            case CASEWORK -> check(asOwn.apply(() -> casework.find(reference)), expected, reference);
            case QUEUE -> check(asOwn.apply(() -> queue.page(QueueFilter.openRequests(), PageRequest.of(0, 5))),
                    expected, reference);
        }
    }

    private static void check(Throwable thrown, Answer expected, String reference) {
        switch (expected) {
            case SEES -> assertThat(thrown).isNull();
            case DENIED -> assertThat(thrown).isInstanceOf(AccessDeniedException.class);
            case NOT_LINKED -> assertThat(thrown).isInstanceOf(WorkflowException.class)
                    .hasMessage(ComplaintCases.notLinked(reference))
                    .hasMessage(ComplaintCases.notLinked(UNKNOWN).replace(UNKNOWN, reference));
            case NO_IDENTITY -> assertThat(thrown).isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("not agreed to share who they are")
                    .hasMessageNotContaining(TestRequests.NAME);
        }
    }

    /** Files a request and puts its links in {@code situation}; returns the reference the body asks about. */
    private String arrange(Situation situation) {
        if (situation == Situation.UNKNOWN_REFERENCE) {
            return UNKNOWN;
        }
        var receipt = filing.file(TestRequests.valid(LocalDate.of(2026, 11, 20)));
        String reference = receipt.reference();
        switch (situation) {
            case OTHER_BODY -> {
                consent(receipt, other, true);
                propose(otherUser, reference);
            }
            case PENDING -> propose(ownUser, reference);
            case CONSENT_NOT_LINKED -> consent(receipt, own, true);
            case ACTIVE -> {
                consent(receipt, own, false);
                propose(ownUser, reference);
            }
            case ACTIVE_WITH_IDENTITY -> {
                propose(ownUser, reference);
                consent(receipt, own, true);
            }
            case APPROVED -> {
                propose(ownUser, reference);
                TestSecurity.run("supervisor-matrix", Role.SUPERVISOR, () -> approvals.approve(reference, own.id(),
                        COMPLAINT, "The complaint cannot be investigated without the request's progress."));
            }
            default -> throw new IllegalStateException();
        }
        return reference;
    }

    private void consent(FilingReceipt receipt, ComplaintBodySummary body, boolean identity) {
        String secret = Objects.requireNonNull(receipt.trackingSecret());
        assertThat(tracking.shareWithComplaintBody(receipt.reference(), secret, "requester", body.id(), COMPLAINT,
                identity)).isTrue();
    }

    private void propose(String user, String reference) {
        TestSecurity.as(user, Role.OVERSIGHT, () -> complaints.link(reference, COMPLAINT));
    }
}
