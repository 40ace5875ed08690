package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.candour.support.TestSecurity.as;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.disclosure.domain.RedactionJob;
import org.candour.disclosure.domain.RedactionJobState;
import org.candour.disclosure.redaction.SyntheticClip;
import org.candour.disclosure.redaction.TimeRange;
import org.candour.disclosure.review.InterruptedJobs;
import org.candour.disclosure.review.RedactionReviews;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequestState;
import org.candour.requests.WorkflowException;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Redaction jobs through the service, with a real clip (a face composited in), real FFmpeg and OpenCV on the
 * background threads, and the real database: faces are found, the plan is changed and the copy rendered and stored
 * as a RENDERED footage file whose SHA-256 is audited; another session reads the same job; a render that fails
 * midway leaves no copy, row or working file; a restart fails interrupted work; the supervisor's sign-off approves
 * the copy and publishes {@link DisclosureCopyApproved} in its transaction, and refuses a copy changed since.
 */
@SpringBootTest(properties = {"candour.disclosure.storage-dir=target/test-footage/redaction-it",
        "candour.disclosure.chunk-size=16KB"})
@Import(ClockTestConfiguration.class)
@RecordApplicationEvents
class RedactionJobsIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static Path clip;

    @Autowired
    RedactionReviews reviews;
    @Autowired
    FootageFiles files;
    @Autowired
    FootageReader reader;
    @Autowired
    InterruptedJobs interrupted;
    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    FootageImportService imports;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;
    @Value("${candour.disclosure.storage-dir}")
    Path storageDir;

    private TestCases.CaseWithRecording request;
    private FootageFile original;

    @BeforeAll
    static void makeAClipWithAFace() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "test-clips"));
        clip = SyntheticClip.write(dir.resolve("face-" + UUID.randomUUID() + ".mp4"), new SyntheticClip.Spec(320, 240,
                25, 50, List.of(new SyntheticClip.MovingFace(110, 20, 40, 170, 80)), true));
    }

    @BeforeEach
    void attachTheClip() throws IOException {
        request = TestCases.withRecording(filing, casework, imports, clock);
        try (InputStream in = Files.newInputStream(clip)) {
            original = as("casey", Role.CASEWORKER, () -> files.attachOriginal(request.reference(),
                    request.recordingId(), "bodycam.mp4", in));
        }
    }

    @Test
    void facesAreFoundThePlanChangedAndTheCopyRenderedStoredAndAudited() throws Exception {
        var review = facesFound();
        assertThat(review.tracks()).isNotEmpty();
        assertThat(review.plan().burnedInLine()).isEqualTo("Disclosed to " + request.reference() + " on "
                + LondonTime.today(clock).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK)));
        int track = review.tracks().getFirst().id();
        var planned = as("casey", Role.CASEWORKER, () -> {
            var job = reviews.keepClear(review.id(), review.version(), track, true);
            return reviews.addMute(job.id(), job.version(), TimeRange.ofMillis(500, 1000));
        });
        assertThat(planned.plan().keptClear()).containsExactly(track);

        as("casey", Role.CASEWORKER, () -> reviews.render(planned.id(), planned.version()));
        var rendered = awaitState(planned.id(), RedactionJobState.RENDERED);

        var copy = as("sam", Role.SUPERVISOR, () -> files.ofRequest(request.reference())).stream()
                .filter(file -> file.kind() == FootageKind.RENDERED).toList();
        assertThat(copy).singleElement().satisfies(file -> {
            assertThat(file.id()).isEqualTo(rendered.renderedId());
            assertThat(file.recordingId()).isEqualTo(request.recordingId());
            assertThat(file.facts().videoCodec()).isEqualTo("h264");
            assertThat(file.facts().width()).isEqualTo(320);
            assertThat(file.storedBy()).isEqualTo("casey");
        });
        var stored = copy.getFirst();
        try (InputStream back = reader.open(stored.id()).orElseThrow().range(0, stored.sizeBytes())) {
            assertThat(sha256(back.readAllBytes())).isEqualTo(stored.sha256());
        }
        assertThat(rendered.log().keptClear()).containsExactly(track);
        assertThat(rendered.log().mutes()).containsExactly(TimeRange.ofMillis(500, 1000));
        assertThat(rendered.framesDone()).isEqualTo(rendered.framesTotal()).isPositive();

        var entries = audit.list(new AuditFilter(request.reference(), ""), PageRequest.of(0, 50)).getContent();
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(FootageAudited.RENDERED);
            assertThat(entry.actor()).isEqualTo("casey");
            assertThat(entry.details()).contains(stored.id().toString(), stored.sha256(), original.id().toString(),
                    "Kept face track " + track + " clear", "Silenced the sound over 0:00.500-0:01.000");
        });
        assertThat(entries).filteredOn(entry -> entry.action().equals(FootageAudited.REDACTION)).hasSize(2);
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void anotherSessionReadsTheSameJobAndItsProgress() {
        var started = as("casey", Role.CASEWORKER, () -> reviews.findFaces(request.reference(), original.id()));

        var seenElsewhere = await().atMost(PATIENCE).until(() -> as("sam", Role.SUPERVISOR,
                () -> reviews.latest(original.id()).orElseThrow()), job -> job.state() == RedactionJobState.REVIEW);
        assertThat(seenElsewhere.id()).isEqualTo(started.id());
        assertThat(seenElsewhere.framesTotal()).isGreaterThanOrEqualTo(50);
        assertThat(seenElsewhere.progress()).isEqualTo(1.0);
        assertThatThrownBy(() -> as("olive", Role.OVERSIGHT, () -> reviews.latest(original.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aRenderThatFailsMidwayLeavesNoCopyAndSaysWhy() throws IOException {
        var review = facesFound();
        long storedBefore = storedFiles().size();
        cutShort(original.id());

        as("casey", Role.CASEWORKER, () -> reviews.render(review.id(), review.version()));
        var failed = awaitState(review.id(), RedactionJobState.FAILED);

        assertThat(failed.failure()).contains("could not be read");
        assertThat(failed.renderedId()).isNull();
        assertThat(failed.plan()).isEqualTo(review.plan());
        assertThat(jdbc.queryForObject("select count(*) from footage_file where request_reference = ? and kind = ?",
                Long.class, request.reference(), "RENDERED")).isZero();
        assertThat(storedFiles()).hasSize((int) storedBefore);
        assertThat(workFiles()).isEmpty();
        assertThat(audit.list(new AuditFilter(request.reference(), ""), PageRequest.of(0, 50)).getContent())
                .noneMatch(entry -> entry.action().equals(FootageAudited.RENDERED));
    }

    @Test
    void aRestartFailsTheWorkItInterruptedSoThatItCanBeRunAgain() {
        var review = facesFound();
        String worker = jdbc.queryForObject("select worker from redaction_job where id = ?", String.class,
                review.id());
        // As the row stands when the node stops in the middle of a render.
        jdbc.update("update redaction_job set state = 'RENDERING', frames_done = 20, frames_total = 50 where id = ?",
                review.id());

        interrupted.failInterrupted();

        var failed = as("casey", Role.CASEWORKER, () -> reviews.job(review.id()).orElseThrow());
        assertThat(failed.state()).isEqualTo(RedactionJobState.FAILED);
        assertThat(failed.worker()).isEqualTo(worker);
        assertThat(failed.failure()).contains("restarted");
        as("casey", Role.CASEWORKER, () -> reviews.render(failed.id(), failed.version()));
        assertThat(awaitState(failed.id(), RedactionJobState.RENDERED).renderedId()).isNotNull();
    }

    @Test
    void theSupervisorsSignOffApprovesTheCopyInItsTransaction() {
        var rendered = renderedInReview();
        as("casey", Role.CASEWORKER, () -> reviews.proposeRelease(rendered.id(), true));
        var copy = reader.open(rendered.renderedId()).orElseThrow().file();

        var details = as("sam", Role.SUPERVISOR, () -> casework.signOff(request.reference(),
                casework.find(request.reference()).orElseThrow().version()));

        assertThat(details.state()).isEqualTo(RequestState.PARTIALLY_DISCLOSED);
        assertThat(details.decision().releasedCopyId()).isEqualTo(copy.id());
        assertThat(events.stream(DisclosureCopyApproved.class)).singleElement().satisfies(approved -> {
            assertThat(approved.reference()).isEqualTo(request.reference());
            assertThat(approved.footageFileId()).isEqualTo(copy.id());
            assertThat(approved.sha256()).isEqualTo(copy.sha256());
            assertThat(approved.approvedAt()).isEqualTo(clock.instant());
        });
        assertThat(as("sam", Role.SUPERVISOR, () -> reviews.job(rendered.id()).orElseThrow().state()))
                .isEqualTo(RedactionJobState.SIGNED_OFF);
        assertThat(audit.list(new AuditFilter(request.reference(), ""), PageRequest.of(0, 50)).getContent())
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo(FootageAudited.COPY_APPROVED);
                    assertThat(entry.actor()).isEqualTo("sam");
                    assertThat(entry.details()).contains(copy.sha256());
                });
    }

    @Test
    void aCopyChangedAfterItsProposalCannotBeSignedOffAndNothingChanges() {
        var rendered = renderedInReview();
        as("casey", Role.CASEWORKER, () -> reviews.proposeRelease(rendered.id(), true));
        var replanned = as("casey", Role.CASEWORKER, () -> reviews.addMute(rendered.id(), rendered.version(),
                TimeRange.ofMillis(0, 400)));
        var version = as("sam", Role.SUPERVISOR, () -> casework.find(request.reference()).orElseThrow().version());

        assertThatThrownBy(() -> as("sam", Role.SUPERVISOR, () -> casework.signOff(request.reference(), version)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("no longer the current copy");

        var details = as("sam", Role.SUPERVISOR, () -> casework.find(request.reference()).orElseThrow());
        assertThat(details.state()).isEqualTo(RequestState.IN_REVIEW);
        assertThat(details.version()).isEqualTo(version);
        assertThat(details.decision().awaitingSignOff()).isTrue();
        assertThat(events.stream(DisclosureCopyApproved.class)).isEmpty();
        assertThat(as("sam", Role.SUPERVISOR, () -> reviews.job(replanned.id()).orElseThrow().state()))
                .isEqualTo(RedactionJobState.REVIEW);
    }

    private RedactionJob renderedInReview() {
        as("casey", Role.CASEWORKER, () -> {
            var d = casework.verifyIdentity(request.reference(), casework.find(request.reference()).orElseThrow()
                    .version(), LondonTime.today(clock));
            d = casework.startSearch(d.reference(), d.version());
            d = casework.preserveRecording(d.reference(), d.version(), request.recordingId());
            return casework.startReview(d.reference(), d.version());
        });
        var review = facesFound();
        as("casey", Role.CASEWORKER, () -> reviews.render(review.id(), review.version()));
        return awaitState(review.id(), RedactionJobState.RENDERED);
    }

    private RedactionJob facesFound() {
        var started = as("casey", Role.CASEWORKER, () -> reviews.findFaces(request.reference(), original.id()));
        return awaitState(started.id(), RedactionJobState.REVIEW);
    }

    private RedactionJob awaitState(UUID jobId, RedactionJobState state) {
        return await().atMost(PATIENCE).until(() -> as("casey", Role.CASEWORKER,
                () -> reviews.job(jobId).orElseThrow()), job -> job.state() == state
                || (job.state() == RedactionJobState.FAILED && state != RedactionJobState.FAILED
                && failWith(job)));
    }

    private static boolean failWith(RedactionJob job) {
        throw new AssertionError("The job failed: " + job.failure());
    }

    private void cutShort(UUID fileId) throws IOException {
        String name = fileId.toString();
        Path file = storageDir.resolve(name.substring(0, 2)).resolve(name + ".cfe");
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 1000);
        }
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> all = Files.walk(storageDir)) {
            return all.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(".cfe")).toList();
        }
    }

    private List<Path> workFiles() throws IOException {
        Path work = storageDir.resolve("work");
        if (!Files.isDirectory(work)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(work)) {
            return all.toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
