package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.candour.support.TestSecurity.as;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.disclosure.delivery.DeliverySweep;
import org.candour.disclosure.delivery.Releases;
import org.candour.footage.FootageImportService;
import org.candour.footage.NewHold;
import org.candour.footage.PreservationHoldService;
import org.candour.identity.Role;
import org.candour.notifications.DemoMailbox;
import org.candour.notifications.ReceivedMail;
import org.candour.requests.CaseworkService;
import org.candour.requests.FilingReceipt;
import org.candour.requests.RequestFilingService;
import org.candour.requests.TrackingCredentials;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestClips;
import org.candour.support.TestFootage;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Delivery of an approved copy on a clock the test moves, with the real security chain, database, store and mail
 * server: released once for 28 days however often the approval arrives; exactly the right bytes by range for the
 * tracking session that holds the pass, and nothing for another session, another copy or after the end; plays and
 * downloads audited; the warning email and the erasure on time; originals erased when the request closes unless a
 * hold keeps them; a police-station slot recorded and shown to the caseworker.
 */
@SpringBootTest(properties = {"candour.disclosure.storage-dir=target/test-footage/it",
        "candour.disclosure.max-upload-size=400KB", "candour.disclosure.chunk-size=16KB"})
@Import(ClockTestConfiguration.class)
class FootageDeliveryIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CLIENT = "203.0.113.7";
    private static Path clip;
    private static byte[] plain;

    @Autowired
    WebApplicationContext context;
    @Autowired
    FootageFiles files;
    @Autowired
    FootageDeliveries deliveries;
    @Autowired
    FootageReader reader;
    @Autowired
    Releases releases;
    @Autowired
    DeliverySweep sweep;
    @Autowired
    PreservationHoldService holds;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    FootageImportService imports;
    @Autowired
    AuditLog audit;
    @Autowired
    DemoMailbox mailbox;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Value("${candour.disclosure.storage-dir}")
    Path storageDir;

    private MockMvc mvc;
    private FilingReceipt receipt;
    private String recording;
    private FootageFile copy;

    @BeforeAll
    static void makeAClip() throws IOException {
        clip = TestClips.mp4(320, 240, 2);
        plain = Files.readAllBytes(clip);
    }

    @BeforeEach
    void fileARequestWithACopy() throws IOException {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        clock.advance(Duration.ofDays(1));
        var incidentDay = LondonTime.today(clock).minusDays(3);
        receipt = filing.file(TestRequests.valid(incidentDay));
        recording = TestFootage.recordingInLambeth(imports,
                incidentDay.atStartOfDay(LondonTime.ZONE).toInstant().plus(Duration.ofHours(14)));
        as("casey", Role.CASEWORKER, () -> casework.attachRecording(receipt.reference(), version(), recording));
        copy = store();
    }

    @Test
    void anApprovalReleasesTheCopyOnceForTwentyEightDaysAndTheRequesterIsToldOnce() {
        var approvedAt = clock.instant();
        approve(copy, approvedAt);
        approve(copy, approvedAt); // a repeated approval (a retry, a double click) releases nothing more
        var released = awaitRelease();

        assertThat(releases.ofRequest(receipt.reference())).singleElement().satisfies(release -> {
            assertThat(release.lastDay()).isEqualTo(LondonTime.today(clock).plusDays(28));
            assertThat(release.sha256()).isEqualTo(copy.sha256());
        });
        assertThat(released.availableUntil()).isEqualTo(
                LondonTime.today(clock).plusDays(29).atStartOfDay(LondonTime.ZONE).toInstant());
        var ready = awaitMail("Your footage is ready");
        assertThat(ready.text()).contains(LondonTime.inWordsWithDay(released.lastDay()), "tracking page")
                .doesNotContain(receipt.trackingSecret(), "/delivery/", released.id().toString());
        assertThat(auditActions()).containsOnlyOnce(DeliveryAudited.RELEASED);
    }

    @Test
    void anApprovalOfAFileOfAnotherRequestOrWithTheWrongHashReleasesNothing() {
        publish(new DisclosureCopyApproved("BWV-2026-999999", copy.id(), copy.sha256(), clock.instant()));
        publish(new DisclosureCopyApproved(receipt.reference(), copy.id(), "0".repeat(64), clock.instant()));
        var second = store();
        approve(second, clock.instant());
        await().atMost(WAIT).until(() -> !releases.ofRequest(receipt.reference()).isEmpty());
        assertThat(releases.ofRequest(receipt.reference())).extracting(ReleasedCopy::footageFileId)
                .containsExactly(second.id());
    }

    @Test
    void rangesReturnExactlyTheRightBytesToTheTrackingSessionOnly() throws Exception {
        approve(copy, clock.instant());
        awaitRelease();
        var session = new MockHttpSession();
        var available = deliveryFor(session).available().getFirst();

        assertPartial(fetch(available.playPath(), session, "bytes=0-99"), 0, 99);
        assertPartial(fetch(available.playPath(), session, "bytes=16374-32777"), 16374, 32777);
        assertPartial(fetch(available.playPath(), session, "bytes=-500"), plain.length - 500, plain.length - 1);
        var whole = fetch(available.downloadPath(), session, null);
        assertThat(whole.getStatus()).isEqualTo(200);
        assertThat(whole.getContentAsByteArray()).isEqualTo(plain);
        assertThat(whole.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\""
                + receipt.reference() + "-footage.mp4\"");

        var pastTheEnd = fetch(available.playPath(), session, "bytes=" + plain.length + "-");
        assertThat(pastTheEnd.getStatus()).isEqualTo(416);
        assertThat(pastTheEnd.getHeader("Content-Range")).isEqualTo("bytes */" + plain.length);

        assertThat(fetch(available.playPath(), new MockHttpSession(), "bytes=0-99").getStatus())
                .as("another session with the same address").isEqualTo(404);
        assertThat(mvc.perform(get(available.playPath()).header("Range", "bytes=0-99")).andReturn().getResponse()
                .getStatus()).as("no session").isEqualTo(404);
        String token = available.playPath().substring(available.playPath().lastIndexOf('/') + 1);
        assertThat(fetch(FootageDeliveries.PATH + "/" + UUID.randomUUID() + "/" + token, session, "bytes=0-99")
                .getStatus()).as("the pass for another copy").isEqualTo(404);
        assertThat(fetch(FootageDeliveries.PATH + "/" + available.copy().id() + "/not-a-pass", session, null)
                .getStatus()).as("a guessed pass").isEqualTo(404);
    }

    @Test
    void anotherRequestsPassIsRefused() throws Exception {
        approve(copy, clock.instant());
        awaitRelease();
        var myRequest = who();
        fileARequestWithACopy();
        approve(copy, clock.instant());
        awaitRelease();
        var mine = new MockHttpSession();
        var myPath = deliveries.forRequester(myRequest, mine.getId()).orElseThrow().available().getFirst()
                .playPath();
        var theirs = new MockHttpSession();
        var theirPath = deliveryFor(theirs).available().getFirst().playPath();

        assertThat(myRequest.reference()).isNotEqualTo(receipt.reference());
        assertThat(fetch(theirPath, mine, "bytes=0-99").getStatus()).isEqualTo(404);
        assertThat(fetch(myPath, theirs, "bytes=0-99").getStatus()).isEqualTo(404);
        assertThat(fetch(myPath, mine, "bytes=0-99").getStatus()).isEqualTo(206);
        assertThat(fetch(theirPath, theirs, "bytes=0-99").getStatus()).isEqualTo(206);
    }

    @Test
    void wrongSecretGetsNoDelivery() {
        approve(copy, clock.instant());
        awaitRelease();
        assertThat(deliveries.forRequester(new TrackingCredentials(receipt.reference(), "WRONG-WRONG-WRONG-1",
                CLIENT), "session")).isEmpty();
    }

    @Test
    void eachPlayAndEachDownloadIsAuditedOnceNotEverySeek() throws Exception {
        approve(copy, clock.instant());
        awaitRelease();
        var session = new MockHttpSession();
        var available = deliveryFor(session).available().getFirst();
        fetch(available.playPath(), session, "bytes=0-");
        fetch(available.playPath(), session, "bytes=20000-");
        fetch(available.playPath(), session, "bytes=0-");
        fetch(available.downloadPath(), session, null);

        assertThat(auditActions().stream().filter(DeliveryAudited.VIEWED::equals)).hasSize(2);
        assertThat(auditActions().stream().filter(DeliveryAudited.DOWNLOADED::equals)).hasSize(1);
    }

    @Test
    void afterTheLastDayTheLinkRefusesWithAClearPageAndTheSweepErasesTheCopy() throws Exception {
        approve(copy, clock.instant());
        var release = awaitRelease();
        assertThat(storedFile(copy.id())).exists();

        clock.set(release.availableUntil().minusSeconds(1));
        var session = new MockHttpSession();
        var available = deliveryFor(session).available().getFirst();
        assertThat(fetch(available.playPath(), session, "bytes=0-99").getStatus()).isEqualTo(206);
        clock.set(release.availableUntil());
        var refused = fetch(available.playPath(), session, "bytes=0-99");
        assertThat(refused.getStatus()).isEqualTo(410);
        assertThat(refused.getContentAsString()).contains("This footage is no longer available", "ask again");
        assertThat(refused.getHeader("Cache-Control")).isEqualTo("no-store");
        var delivery = deliveryFor(new MockHttpSession());
        assertThat(delivery.available()).isEmpty();
        assertThat(delivery.someExpired()).isTrue();

        var result = sweep.run();
        assertThat(result.erased()).isGreaterThanOrEqualTo(1);
        assertThat(storedFile(copy.id())).doesNotExist();
        assertThat(reader.open(copy.id())).isEmpty();
        assertThat(releases.byId(release.id()).orElseThrow().erasedAt()).isEqualTo(clock.instant());
        assertThat(auditActions()).containsOnlyOnce(DeliveryAudited.COPY_ERASED);
        sweep.run();
        assertThat(auditActions()).containsOnlyOnce(DeliveryAudited.COPY_ERASED);
    }

    @Test
    void theRequesterIsWarnedOnceThreeDaysBeforeTheCopyIsDeleted() {
        approve(copy, clock.instant());
        var release = awaitRelease();
        clock.set(release.availableUntil().minus(Duration.ofDays(3)).minusSeconds(60));
        sweep.run();
        assertThat(releases.byId(release.id()).orElseThrow().expiryWarnedAt()).isNull();

        clock.set(release.availableUntil().minus(Duration.ofDays(3)));
        sweep.run();
        sweep.run();
        assertThat(releases.byId(release.id()).orElseThrow().expiryWarnedAt()).isEqualTo(clock.instant());
        var warning = awaitMail("Your footage will be deleted in 3 days");
        assertThat(warning.text()).contains(LondonTime.inWordsWithDay(release.lastDay()))
                .doesNotContain(receipt.trackingSecret());
        assertThat(mails("Your footage will be deleted in 3 days")).hasSize(1);
    }

    @Test
    void whenTheRequestClosesItsOriginalIsErasedUnlessAHoldKeepsIt() throws IOException {
        var original = copy;
        as("casey", Role.CASEWORKER, () -> casework.withdraw(receipt.reference(), version()));
        await().atMost(WAIT).until(() -> reader.open(original.id()).isEmpty());
        assertThat(storedFile(original.id())).doesNotExist();
        await().atMost(WAIT).until(() -> auditActions().contains(DeliveryAudited.ORIGINAL_ERASED));

        fileARequestWithACopy();
        var held = copy;
        as("casey", Role.CASEWORKER, () -> casework.preserveRecording(receipt.reference(), version(), recording));
        as("casey", Role.CASEWORKER, () -> casework.withdraw(receipt.reference(), version()));
        await().atMost(WAIT).until(() -> auditActions().contains(DeliveryAudited.ORIGINAL_KEPT));
        assertThat(storedFile(held.id())).exists();
        assertThat(reader.open(held.id())).isPresent();
    }

    @Test
    void anOriginalKeptForAHoldIsErasedWhenTheLastHoldIsLiftedAfterTheRequestClosed() {
        var original = copy;
        var first = holds.placeHold(new NewHold(List.of(recording), "pat", "Complaint about the stop",
                null, "CMP-" + receipt.reference())).getFirst();
        var second = holds.placeHold(new NewHold(List.of(recording), "pat", "A second complaint", null,
                "CMP2-" + receipt.reference())).getFirst();
        as("casey", Role.CASEWORKER, () -> casework.withdraw(receipt.reference(), version()));
        await().atMost(WAIT).until(() -> auditActions().contains(DeliveryAudited.ORIGINAL_KEPT));

        holds.releaseHold(first, "pat", "The first complaint is closed");
        awaitHoldReleasesHandled();
        assertThat(reader.open(original.id())).as("another hold still keeps it").isPresent();

        holds.releaseHold(second, "pat", "The second complaint is closed");
        await().atMost(WAIT).until(() -> reader.open(original.id()).isEmpty());
        assertThat(storedFile(original.id())).doesNotExist();
        await().atMost(WAIT).until(() -> auditActions().contains(DeliveryAudited.ORIGINAL_ERASED));
        assertThat(audit.list(new AuditFilter(receipt.reference(), ""), PageRequest.of(0, 50)).getContent())
                .filteredOn(entry -> entry.action().equals(DeliveryAudited.ORIGINAL_ERASED)).singleElement()
                .satisfies(entry -> assertThat(entry.details()).contains(original.sha256(),
                        "hold on its recording was released after the request closed"));
    }

    @Test
    void liftingTheLastHoldOnAnOpenRequestKeepsItsOriginal() {
        var hold = holds.placeHold(new NewHold(List.of(recording), "pat", "Complaint about the stop", null,
                "CMP-" + receipt.reference())).getFirst();
        holds.releaseHold(hold, "pat", "The complaint is closed");
        awaitHoldReleasesHandled();
        assertThat(reader.open(copy.id())).isPresent();
        assertThat(auditActions()).doesNotContain(DeliveryAudited.ORIGINAL_ERASED);
    }

    @Test
    void theRequesterChoosesAnOfferedSlotAndTheCaseworkerSeesIt() {
        approve(copy, clock.instant());
        awaitRelease();
        var delivery = deliveryFor(new MockHttpSession());
        assertThat(delivery.offeredSlots()).isNotEmpty();
        ZonedDateTime slot = delivery.offeredSlots().get(1);

        var after = deliveries.chooseAppointment(who(), "session", slot).orElseThrow();
        assertThat(after.appointment()).isEqualTo(slot);
        assertThat(as("casey", Role.CASEWORKER, () -> deliveries.forCaseworker(receipt.reference()))
                .appointment()).isEqualTo(slot);
        assertThat(auditActions()).containsOnlyOnce(DeliveryAudited.APPOINTMENT_CHOSEN);

        var notOffered = slot.plusHours(3);
        assertThatThrownBy(() -> deliveries.chooseAppointment(who(), "session", notOffered))
                .isInstanceOf(DeliveryRefusedException.class).hasMessageContaining("no longer offered");
        assertThat(as("casey", Role.CASEWORKER, () -> deliveries.forCaseworker(receipt.reference()))
                .appointment()).isEqualTo(slot);
    }

    private FootageFile store() {
        try (var in = Files.newInputStream(clip)) {
            return as("casey", Role.CASEWORKER, () -> files.attachOriginal(receipt.reference(), recording,
                    "clip.mp4", in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void approve(FootageFile file, java.time.Instant at) {
        publish(new DisclosureCopyApproved(receipt.reference(), file.id(), file.sha256(), at));
    }

    private void publish(Object event) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> publisher.publishEvent(event));
    }

    private ReleasedCopy awaitRelease() {
        await().atMost(WAIT).until(() -> !releases.ofRequest(receipt.reference()).isEmpty());
        return releases.ofRequest(receipt.reference()).getFirst();
    }

    private RequesterDelivery deliveryFor(MockHttpSession session) {
        return deliveries.forRequester(who(), session.getId()).orElseThrow();
    }

    private TrackingCredentials who() {
        return new TrackingCredentials(receipt.reference(), receipt.trackingSecret(), CLIENT);
    }

    private MockHttpServletResponse fetch(String path, MockHttpSession session, String range) throws Exception {
        var request = get(path).session(session);
        if (range != null) {
            request = request.header("Range", range);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private void assertPartial(MockHttpServletResponse response, int first, int last) throws Exception {
        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes " + first + "-" + last + "/" + plain.length);
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(plain, first, last + 1));
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentType()).isEqualTo("video/mp4");
    }

    private ReceivedMail awaitMail(String heading) {
        await().atMost(WAIT).until(() -> !mails(heading).isEmpty());
        return mails(heading).getFirst();
    }

    private List<ReceivedMail> mails(String heading) {
        return mailbox.messages().stream().filter(m -> m.subject().equals(heading + " (" + receipt.reference() + ")"))
                .toList();
    }

    private void awaitHoldReleasesHandled() {
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from event_publication where "
                + "completion_date is null and event_type like ?", Integer.class, "%PreservationHoldReleased") == 0);
    }

    private List<String> auditActions() {
        return audit.list(new AuditFilter(receipt.reference(), ""), PageRequest.of(0, 100)).getContent().stream()
                .map(entry -> entry.action()).toList();
    }

    private Path storedFile(UUID id) {
        return storageDir.resolve(id.toString().substring(0, 2)).resolve(id + ".cfe");
    }

    private long version() {
        return as("casey", Role.CASEWORKER, () -> casework.find(receipt.reference()).orElseThrow().version());
    }
}
