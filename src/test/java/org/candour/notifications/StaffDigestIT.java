package org.candour.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.support.TestSecurity.as;
import static org.candour.support.TestSecurity.run;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.candour.identity.Role;
import org.candour.identity.StaffAccountSummary;
import org.candour.identity.StaffAccounts;
import org.candour.requests.CaseQueue;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.RestrictionGround;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The daily staff digest on a clock the test moves, sent through the real mail server: footage at risk, due
 * within 5 working days and overdue for caseworkers, sign-offs waiting for supervisors, nothing for accounts
 * without an address or with nothing waiting, and one email per person per day. The digest is sent synchronously,
 * so each mail is in the mailbox when {@link StaffDigest#sendToAll()} returns.
 */
@SpringBootTest
@Import(ClockTestConfiguration.class)
class StaffDigestIT {

    @Autowired
    StaffDigest digest;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    CaseQueue queue;
    @Autowired
    DemoMailbox mailbox;
    @Autowired
    MutableClock clock;

    @Test
    void aCaseworkerIsToldOfFootageAtRiskThenOfARequestDueSoonThenOverdue() {
        clock.advance(Duration.ofDays(1));
        var today = LondonTime.today(clock);
        var casey = withEmail(accounts.open(TestStaff.account("casey", Role.CASEWORKER)), "casey@police.example");
        String atRisk = filing.file(TestRequests.valid(today.minusDays(3))).reference();
        String verified = filing.file(TestRequests.valid(today.minusDays(40))).reference();
        String quiet = filing.file(TestRequests.valid(today.minusDays(40))).reference();
        for (String reference : List.of(atRisk, verified, quiet)) {
            run("sue", Role.SUPERVISOR, () -> queue.assign(reference, version(reference), casey.username()));
        }
        run(casey.username(), Role.CASEWORKER, () -> casework.verifyIdentity(verified, version(verified), today));
        LocalDate due = as("reader", Role.CASEWORKER, () -> casework.find(verified).orElseThrow()).deadline()
                .dueDate();

        digest.sendToAll();
        var first = digestFor("casey@police.example", today);
        assertThat(first.text()).contains("Dear " + casey.displayName(), "Footage at risk of deletion (1)",
                atRisk + " (Lambeth): footage normally deleted on " + LondonTime.inWords(today.plusDays(28)))
                .doesNotContain(verified, quiet, "Overdue");

        clock.advance(Duration.ofDays(due.toEpochDay() - today.toEpochDay() - 1));
        var dayBefore = LondonTime.today(clock);
        digest.sendToAll();
        assertThat(digestFor("casey@police.example", dayBefore).text())
                .contains("Due within 5 working days (1)", verified + " (Lambeth): due "
                        + LondonTime.inWordsWithDay(due))
                .doesNotContain(atRisk, quiet, "Footage at risk", "Overdue");

        clock.advance(Duration.ofDays(2));
        var dayAfter = LondonTime.today(clock);
        digest.sendToAll();
        assertThat(digestFor("casey@police.example", dayAfter).text())
                .contains("Overdue (1)", verified + " (Lambeth): was due " + LondonTime.inWords(due))
                .doesNotContain("Due within", atRisk, quiet);
        assertThat(digestFor("casey@police.example", dayAfter).html()).contains("<h2", "<li>" + verified);
    }

    @Test
    void supervisorsAreToldOfSignOffsAndNobodyIsMailedTwiceADayOrWithoutAnAddress() {
        clock.advance(Duration.ofDays(100));
        var today = LondonTime.today(clock);
        var proposer = accounts.open(TestStaff.account("proposer", Role.CASEWORKER)).username();
        var sue = withEmail(accounts.open(TestStaff.account("sue", Role.SUPERVISOR)), "sue@police.example");
        var noAddress = accounts.open(TestStaff.account("noaddress", Role.SUPERVISOR));
        var idle = withEmail(accounts.open(TestStaff.account("idle", Role.CASEWORKER)), "idle@police.example");
        String refused = filing.file(TestRequests.valid(today.minusDays(40))).reference();
        run(proposer, Role.CASEWORKER, () -> {
            var d = casework.verifyIdentity(refused, version(refused), today);
            d = casework.startSearch(d.reference(), d.version());
            d = casework.startReview(d.reference(), d.version());
            casework.decide(d.reference(), d.version(), Decision.REFUSED, RestrictionGround.RIGHTS_OF_OTHERS);
        });
        int before = digests().size();

        var run = digest.sendToAll();
        var again = digest.sendToAll();

        assertThat(digestFor("sue@police.example", today).text())
                .contains("Restrictions waiting for your sign-off (s.45(4))", refused + " (Lambeth): ");
        assertThat(digests()).hasSize(before + run.sent());
        assertThat(run.nothingWaiting()).isPositive();
        assertThat(again.sent()).isZero();
        assertThat(again.alreadySent()).isEqualTo(run.sent());
        assertThat(digests()).hasSize(before + run.sent());
        assertThat(digests()).noneMatch(m -> m.to().contains("idle@police.example"))
                .allMatch(m -> m.to().stream().noneMatch(to -> to.contains(noAddress.username())));
        assertThat(idle.email()).isEqualTo("idle@police.example");
    }

    /** Digests only: the requesters' emails of the same requests arrive asynchronously, at any moment. */
    private List<ReceivedMail> digests() {
        return mailbox.messages().stream().filter(m -> m.subject().startsWith("What waits for you on ")).toList();
    }

    private StaffAccountSummary withEmail(StaffAccountSummary account, String email) {
        return accounts.changeEmail(account.id(), account.version(), email);
    }

    private ReceivedMail digestFor(String address, LocalDate day) {
        return mailbox.messages().stream().filter(m -> m.to().contains(address))
                .filter(m -> m.subject().equals("What waits for you on " + LondonTime.inWords(day))).findFirst()
                .orElseThrow(() -> new AssertionError("No digest to " + address + " for " + day));
    }

    private long version(String reference) {
        return as("reader", Role.CASEWORKER, () -> casework.find(reference).orElseThrow()).version();
    }
}
