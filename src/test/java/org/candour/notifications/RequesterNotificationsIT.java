package org.candour.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.candour.support.TestSecurity.as;
import static org.candour.support.TestSecurity.run;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.notifications.internal.LocalMailServer;
import org.candour.requests.CaseQueue;
import org.candour.requests.CaseworkService;
import org.candour.requests.FilingReceipt;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequestState;
import org.candour.requests.RequestStateChanged;
import org.candour.requests.RequesterAnswers;
import org.candour.requests.TrackingCredentials;
import org.candour.requests.domain.Decision;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails to requesters through a real SMTP server (GreenMail, started by the test profile on a free port): the
 * right message for each change, once, after commit; none for a change rolled back; sent later when the server was
 * down; and nothing of the requester in them but the name.
 */
@SpringBootTest
@Import(ClockTestConfiguration.class)
@RecordApplicationEvents
class RequesterNotificationsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    CaseQueue queue;
    @Autowired
    RequesterAnswers answers;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    DemoMailbox mailbox;
    @Autowired
    LocalMailServer server;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    private FilingReceipt receipt;
    private String caseworker;

    @BeforeEach
    void fileARequest() {
        server.start();
        clock.advance(Duration.ofDays(1));
        receipt = filing.file(TestRequests.valid(LondonTime.today(clock).minusDays(3)));
        caseworker = accounts.open(TestStaff.account("casey", Role.CASEWORKER)).username();
        awaitMails(1);
    }

    @AfterEach
    void serverBackUp() {
        server.start();
    }

    @Test
    void everyChangeThatConcernsTheRequesterIsMailedOnceWithItsDeadline() {
        var today = LondonTime.today(clock);
        run(caseworker, Role.CASEWORKER, () -> {
            var d = casework.verifyIdentity(receipt.reference(), version(), today);
            d = casework.startSearch(d.reference(), d.version());
            d = casework.addNote(d.reference(), d.version(), "An internal note the requester never sees");
            d = casework.askForClarification(d.reference(), d.version(), "Which exit of the station?");
            d = casework.clarificationReceived(d.reference(), d.version(), today);
            d = casework.extend(d.reference(), d.version(), 1, "Many cameras recorded the incident.", today);
            d = casework.sendMessage(d.reference(), d.version(), "We have found two recordings.");
            d = casework.startReview(d.reference(), d.version());
            casework.decide(d.reference(), d.version(), Decision.DISCLOSED, null);
        });

        var mails = awaitMails(7);
        assertThat(mails).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                subject("We have received your request"),
                subject("We have confirmed your identity"),
                subject("We have a question about your request"),
                subject("We have received your answer"),
                subject("We need more time to answer your request"),
                subject("We have sent you a message"),
                subject("We will release the footage to you"));
        assertThat(mails).allSatisfy(mail -> assertThat(mail.to()).containsExactly(TestRequests.EMAIL));
        assertThat(text(mails, "We have a question")).contains("paused", "section 54(3C)", "must reply by")
                .doesNotContain("Which exit");
        assertThat(text(mails, "We need more time")).contains("section 54(3A)", "Many cameras recorded the incident.",
                "We must now reply by");
        assertThat(text(mails, "We will release")).contains("section 51", "ico.org.uk");
        assertThat(text(mails, "We have confirmed")).contains("We must reply by "
                + LondonTime.inWordsWithDay(as(caseworker, Role.CASEWORKER,
                () -> casework.find(receipt.reference()).orElseThrow()).deadline().originalDueDate()));
    }

    @Test
    void theSameChangeDeliveredAgainIsNotMailedAgain() {
        run(caseworker, Role.CASEWORKER, () -> casework.requestIdentityDocuments(receipt.reference(), version(),
                "Send a utility bill"));
        awaitMails(2);
        var asked = events.stream(RequestStateChanged.class)
                .filter(e -> e.to() == RequestState.AWAITING_IDENTITY).reduce((a, b) -> b).orElseThrow();

        new TransactionTemplate(transactions).executeWithoutResult(status -> publisher.publishEvent(asked));
        await().atMost(WAIT).until(() -> unfinishedMailPublications() == 0);
        run(caseworker, Role.CASEWORKER, () -> casework.sendMessage(receipt.reference(), version(), "Thanks."));

        assertThat(awaitMails(3)).extracting(ReceivedMail::subject)
                .filteredOn(s -> s.startsWith("We need more proof")).hasSize(1);
    }

    @Test
    void aChangeRolledBackSendsNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            run(caseworker, Role.CASEWORKER, () -> casework.requestIdentityDocuments(receipt.reference(),
                    version(), "Send a utility bill"));
            status.setRollbackOnly();
        });
        run(caseworker, Role.CASEWORKER, () -> casework.sendMessage(receipt.reference(), version(), "Hello."));

        assertThat(awaitMails(2)).extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrder(subject("We have received your request"),
                        subject("We have sent you a message"));
    }

    @Test
    void aMessageWaitsWhileTheMailServerIsDownAndIsSentOnceItIsBack() {
        server.stop();
        run(caseworker, Role.CASEWORKER, () -> casework.sendMessage(receipt.reference(), version(), "Hello."));
        await().atMost(WAIT).until(() -> failedMailPublications() > 0);

        server.start(); // an empty mailbox: what a stopped GreenMail received is gone
        await().atMost(WAIT).until(() -> {
            clock.advance(Duration.ofSeconds(10)); // the back-off is measured on the portal's clock
            return !mailsAbout().isEmpty();
        });
        await().atMost(WAIT).until(() -> unfinishedMailPublications() == 0);
        assertThat(mailsAbout()).extracting(ReceivedMail::subject).containsExactly(subject("We have sent you a message"));
    }

    @Test
    void noEmailCarriesTheSecretOrAnyPersonalDataButTheName() {
        run(caseworker, Role.CASEWORKER, () -> {
            var d = casework.requestIdentityDocuments(receipt.reference(), version(), "Send a utility bill");
            casework.verifyIdentity(d.reference(), d.version(), LondonTime.today(clock));
        });
        var mails = awaitMails(3);

        assertThat(mails).allSatisfy(mail -> {
            for (String content : List.of(mail.subject(), mail.text(), mail.html())) {
                assertThat(content).doesNotContain(receipt.trackingSecret(), receipt.trackingSecret().replace("-", ""),
                        TestRequests.EMAIL, "Acre Lane", "SW2 5SG", "1990", "17 May", "020 7946", "Red hooded",
                        "Brixton Road", "matched a description", "utility bill");
            }
            assertThat(mail.text()).contains("Dear " + TestRequests.NAME, receipt.reference());
            assertThat(mail.html()).contains("<html lang=\"en\">", "Dear " + TestRequests.NAME);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'READ_ADDRESS_FOR_EMAIL' "
                + "and subject = ?", Integer.class, receipt.reference())).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theAssignedCaseworkerIsToldOnceWhenTheRequesterReplies() {
        var account = accounts.findByUsername(caseworker).orElseThrow();
        accounts.changeEmail(account.id(), account.version(), "casey.worker@met.example");
        run(caseworker, Role.CASEWORKER, () -> {
            queue.assign(receipt.reference(), version(), caseworker);
            var d = casework.verifyIdentity(receipt.reference(), version(), LondonTime.today(clock));
            casework.askForClarification(d.reference(), d.version(), "Which exit of the station?");
        });

        answers.reply(new TrackingCredentials(receipt.reference(), receipt.trackingSecret(), "203.0.113.9"),
                UUID.randomUUID(), "The north exit, by the bus stop.", List.of());

        await().atMost(WAIT).until(() -> toCaseworker().size() == 1);
        var mail = toCaseworker().getFirst();
        assertThat(mail.subject()).isEqualTo("Request " + receipt.reference() + ": the requester has acted");
        assertThat(mail.text()).contains("Dear ", "The requester replied", "s.54(3C)", "staff/requests/"
                + receipt.reference()).doesNotContain("north exit", TestRequests.NAME, TestRequests.EMAIL);
        await().atMost(WAIT).until(() -> unfinishedMailPublications() == 0);
        assertThat(toCaseworker()).hasSize(1);
    }

    private List<ReceivedMail> toCaseworker() {
        return mailbox.messages().stream().filter(m -> m.to().contains("casey.worker@met.example"))
                .filter(m -> m.subject().contains(receipt.reference())).toList();
    }

    private String subject(String heading) {
        return heading + " (" + receipt.reference() + ")";
    }

    private static String text(List<ReceivedMail> mails, String subjectStart) {
        return mails.stream().filter(m -> m.subject().startsWith(subjectStart)).findFirst().orElseThrow().text();
    }

    private List<ReceivedMail> awaitMails(int count) {
        await().atMost(WAIT).until(() -> mailsAbout().size() >= count);
        return mailsAbout();
    }

    private List<ReceivedMail> mailsAbout() {
        return mailbox.messages().stream().filter(m -> m.subject().contains(receipt.reference())).toList();
    }

    private int failedMailPublications() {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id like "
                + "'org.candour.notifications.%' and completion_date is null and status = 'FAILED'", Integer.class);
    }

    private int unfinishedMailPublications() {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id like "
                + "'org.candour.notifications.%' and completion_date is null", Integer.class);
    }

    private long version() {
        return as(caseworker, Role.CASEWORKER, () -> casework.find(receipt.reference()).orElseThrow()).version();
    }
}
