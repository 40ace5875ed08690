package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.TestComplaintBodies;
import org.candour.support.TestRequests;
import org.candour.support.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The services behind the casework and oversight pages refuse what a role may not do, whatever page calls them:
 * every role, anonymous included, against every casework operation. And references cannot be guessed: a secret
 * opens only its own request.
 */
@SpringBootTest
@Import(ClockTestConfiguration.class)
class CaseworkAuthorizationIT {

    private static final Set<Role> CASEWORK = EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR);
    private static final Set<Role> READ = EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN);

    @Autowired
    RequestFilingService filing;
    @Autowired
    RequestTrackingService tracking;
    @Autowired
    CaseworkService casework;
    @Autowired
    CaseQueue queue;
    @Autowired
    ComplaintCases complaints;

    @Autowired
    ComplaintBodies bodies;
    @Autowired
    StaffAccounts accounts;

    @Test
    void everyRoleIsAllowedExactlyTheCaseworkOperationsItNeeds() {
        TestComplaintBodies.ensureIn(accounts, "matrix-oversight", TestComplaintBodies.body(bodies, "Matrix body"));
        String reference = filing.file(TestRequests.valid(LocalDate.of(2026, 11, 20))).reference();
        Map<String, Operation> operations = new LinkedHashMap<>();
        operations.put("queue", new Operation(READ, () -> queue.page(QueueFilter.openRequests(), PageRequest.of(0, 5))));
        operations.put("open request", new Operation(READ, () -> casework.find(reference)));
        operations.put("requester details", new Operation(CASEWORK, () -> casework.requesterDetails(reference)));
        operations.put("add note", new Operation(CASEWORK, () -> casework.addNote(reference, -1, "x")));
        operations.put("verify identity", new Operation(CASEWORK,
                () -> casework.verifyIdentity(reference, -1, LocalDate.of(2026, 11, 26))));
        operations.put("find footage", new Operation(CASEWORK, () -> casework.findFootage(reference,
                LocalDate.of(2026, 11, 20), java.time.LocalTime.of(20, 0), java.time.LocalTime.of(22, 0), null)));
        operations.put("preserve footage", new Operation(CASEWORK,
                () -> casework.preserveRecording(reference, -1, "NO-SUCH-RECORDING")));
        operations.put("sign off", new Operation(EnumSet.of(Role.SUPERVISOR), () -> casework.signOff(reference, -1)));
        operations.put("bulk assign", new Operation(EnumSet.of(Role.SUPERVISOR),
                () -> queue.assignAll(Map.of(reference, -1L), null)));
        operations.put("linked requests", new Operation(EnumSet.of(Role.OVERSIGHT),
                () -> complaints.linked(PageRequest.of(0, 5))));
        operations.put("link complaint", new Operation(EnumSet.of(Role.OVERSIGHT),
                () -> complaints.link(reference, "")));
        operations.put("ask for preservation", new Operation(EnumSet.of(Role.OVERSIGHT),
                () -> complaints.askForPreservation(reference)));

        operations.forEach((name, operation) -> {
            SecurityContextHolder.clearContext();
            assertThat(catchThrowable(operation.call::run)).as("anonymous: %s", name)
                    .isInstanceOf(AccessDeniedException.class);
            for (Role role : Role.values()) {
                Throwable thrown = TestSecurity.as("matrix-" + role, role, () -> catchThrowable(operation.call::run));
                assertThat(thrown instanceof AccessDeniedException).as("%s refused: %s", role, name)
                        .isEqualTo(!operation.allowed.contains(role));
            }
        });
    }

    @Test
    void aSecretOpensOnlyItsOwnRequestAndGuessedReferencesFindNothing() {
        var mine = filing.file(TestRequests.valid(LocalDate.of(2026, 11, 20)));
        var theirs = filing.file(TestRequests.valid(LocalDate.of(2026, 11, 21)));

        assertThat(tracking.track(theirs.reference(), mine.trackingSecret(), "guesser"))
                .isInstanceOf(TrackingOutcome.NotFound.class);
        String prefix = theirs.reference().substring(0, theirs.reference().lastIndexOf('-') + 1);
        long theirNumber = Long.parseLong(theirs.reference().substring(prefix.length()));
        for (long n = theirNumber - 3; n <= theirNumber + 3; n++) {
            String guess = prefix + String.format("%06d", n);
            if (!guess.equals(mine.reference())) {
                assertThat(tracking.track(guess, mine.trackingSecret(), "guesser-" + n))
                        .isNotInstanceOf(TrackingOutcome.Found.class);
            }
        }
        assertThat(tracking.track(mine.reference(), mine.trackingSecret(), "owner"))
                .isInstanceOf(TrackingOutcome.Found.class);
    }

    @Test
    void aComplaintBodyCannotSeeWhoMadeARequestItHasNotLinkedNorTellItFromOneThatDoesNotExist() {
        var request = filing.file(TestRequests.valid(LocalDate.of(2026, 11, 22)));
        String guesser = TestComplaintBodies.oversightIn(accounts, TestComplaintBodies.body(bodies, "Guessers"),
                "guesser");
        String unknown = "BWV-2026-999999";

        Function<String, String> guess = reference -> catchThrowable(() -> TestSecurity.as(guesser,
                Role.OVERSIGHT, () -> complaints.requesterContact(reference))).getMessage();
        assertThat(guess.apply(request.reference())).doesNotContain(TestRequests.NAME)
                .isEqualTo(guess.apply(unknown).replace(unknown, request.reference()));
        assertThat(TestSecurity.as(guesser, Role.OVERSIGHT, () -> complaints.link(request.reference(), "C-1")))
                .isEqualTo(TestSecurity.as(guesser, Role.OVERSIGHT, () -> complaints.link(unknown, "C-1")));
        assertThat(TestSecurity.as(guesser, Role.OVERSIGHT, () -> complaints.linked(PageRequest.of(0, 100))))
                .isEmpty();
    }

    private record Operation(Set<Role> allowed, Runnable call) {
    }
}
