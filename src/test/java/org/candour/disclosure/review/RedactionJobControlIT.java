package org.candour.disclosure.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.candour.support.TestSecurity.as;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.disclosure.FootageAudited;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.FootageFiles;
import org.candour.disclosure.FootageKind;
import org.candour.disclosure.FootageReader;
import org.candour.disclosure.domain.RedactionJob;
import org.candour.disclosure.domain.RedactionJobException;
import org.candour.disclosure.domain.RedactionJobState;
import org.candour.disclosure.internal.RedactionJobRecords;
import org.candour.disclosure.redaction.SyntheticClip;
import org.candour.disclosure.redaction.TimeRange;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequestState;
import org.candour.requests.WorkflowException;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.RestrictionGround;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Control of running redaction jobs with the real database, FFmpeg and OpenCV: a cancel stops finding faces or a
 * render and stores nothing; two "Find faces" at once start one job; a job whose lease ran out (its node died) is
 * failed by any node and can be run again; a newer copy erases the older one, audited with its SHA-256. The only
 * worker thread is held busy where a test needs a job to stay running, so nothing depends on timing.
 */
@SpringBootTest(properties = {"candour.disclosure.storage-dir=target/test-footage/redaction-it",
        "candour.disclosure.chunk-size=16KB"})
@Import(ClockTestConfiguration.class)
class RedactionJobControlIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static Path clip;

    @Autowired
    RedactionReviews reviews;
    @Autowired
    RedactionExecutor executor;
    @Autowired
    RedactionJobRecords jobs;
    @Autowired
    StaleJobs staleJobs;
    @Autowired
    FootageFiles files;
    @Autowired
    FootageReader reader;
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
    @Value("${candour.disclosure.storage-dir}")
    Path storageDir;

    private TestCases.CaseWithRecording request;
    private FootageFile original;
    private CountDownLatch gate;

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

    @AfterEach
    void letTheWorkerGo() {
        if (gate != null) {
            gate.countDown();
            gate = null;
        }
    }

    @Test
    void cancellingFindingFacesEndsTheJobStoresNothingAndItCanBeRunAgain() throws Exception {
        holdTheWorker();
        var started = as("casey", Role.CASEWORKER, () -> reviews.findFaces(request.reference(), original.id()));

        var cancelled = as("casey", Role.CASEWORKER, () -> reviews.cancel(started.id(), started.version()));
        assertThat(cancelled.state()).isEqualTo(RedactionJobState.CANCELLED);
        assertThat(jobs.progress(started.id(), started.version(), 1, 25, clock.instant()))
                .as("the worker's next write finds the job changed and stops").isFalse();
        releaseTheWorkerAndWaitForItsQueue();

        var after = as("casey", Role.CASEWORKER, () -> reviews.job(started.id()).orElseThrow());
        assertThat(after.state()).isEqualTo(RedactionJobState.CANCELLED);
        assertThat(after.tracks()).isNull();
        assertThat(auditDetails(FootageAudited.REDACTION)).anyMatch(details -> details.startsWith(
                "Cancelled finding faces in original " + original.id()));
        assertThatThrownBy(() -> as("casey", Role.CASEWORKER, () -> reviews.cancel(after.id(), after.version())))
                .isInstanceOf(RedactionJobException.class).hasMessageContaining("nothing running to cancel");

        var again = as("casey", Role.CASEWORKER, () -> reviews.findFaces(request.reference(), original.id()));
        assertThat(again.id()).isEqualTo(started.id());
        assertThat(awaitState(again.id(), RedactionJobState.REVIEW).tracks()).isNotEmpty();
    }

    @Test
    void cancellingARenderGoesBackToReviewWithNoCopyStored() throws Exception {
        var review = facesFound();
        holdTheWorker();
        var rendering = as("casey", Role.CASEWORKER, () -> reviews.render(review.id(), review.version()));
        assertThat(rendering.state()).isEqualTo(RedactionJobState.RENDERING);

        var back = as("casey", Role.CASEWORKER, () -> reviews.cancel(rendering.id(), rendering.version()));
        releaseTheWorkerAndWaitForItsQueue();

        var after = as("casey", Role.CASEWORKER, () -> reviews.job(back.id()).orElseThrow());
        assertThat(after.state()).isEqualTo(RedactionJobState.REVIEW);
        assertThat(after.plan().tracks()).isEqualTo(review.plan().tracks());
        assertThat(after.renderedId()).isNull();
        assertThat(renderedRows()).isZero();
        assertThat(auditDetails(FootageAudited.REDACTION)).anyMatch(details -> details.startsWith(
                "Cancelled rendering a disclosure copy of original " + original.id()));
        assertThat(auditDetails(FootageAudited.RENDERED)).isEmpty();
    }

    @Test
    void aSecondFindFacesWhileTheFirstRunsIsToldAndStartsNothing() throws Exception {
        holdTheWorker();
        var first = as("casey", Role.CASEWORKER, () -> reviews.findFaces(request.reference(), original.id()));

        assertThatThrownBy(() -> as("sam", Role.SUPERVISOR, () -> reviews.findFaces(request.reference(),
                original.id()))).isInstanceOf(RedactionJobException.class)
                .hasMessage("Faces are already being found for this clip.");
        assertThat(jobsOnTheOriginal()).isEqualTo(1);
        assertThat(as("sam", Role.SUPERVISOR, () -> reviews.job(first.id()).orElseThrow().version()))
                .isEqualTo(first.version());
    }

    @Test
    void twoFindFacesAtTheSameMomentStartOneJob() throws Exception {
        holdTheWorker();
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String who : List.of("casey", "sam")) {
                outcomes.add(pool.submit(() -> {
                    barrier.await(1, TimeUnit.MINUTES);
                    try {
                        as(who, Role.CASEWORKER, () -> reviews.findFaces(request.reference(), original.id()));
                        return "started";
                    } catch (RedactionJobException refused) {
                        return refused.getMessage();
                    }
                }));
            }
            List<String> said = new ArrayList<>();
            for (var outcome : outcomes) {
                said.add(outcome.get(1, TimeUnit.MINUTES));
            }
            assertThat(said).containsExactlyInAnyOrder("started", "Faces are already being found for this clip.");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jobsOnTheOriginal()).isEqualTo(1);
        releaseTheWorkerAndWaitForItsQueue();
        var job = as("casey", Role.CASEWORKER, () -> reviews.latest(original.id()).orElseThrow());
        assertThat(awaitState(job.id(), RedactionJobState.REVIEW).tracks()).isNotEmpty();
    }

    @Test
    void aJobWhoseNodeStoppedRenewingItsLeaseIsFailedByAnyNodeAndRunsAgain() throws Exception {
        holdTheWorker();
        var started = as("casey", Role.CASEWORKER, () -> reviews.findFaces(request.reference(), original.id()));

        clock.advance(Duration.ofMinutes(9));
        staleJobs.failStale();
        assertThat(stateOf(started)).as("the lease of ten minutes still holds").isEqualTo(RedactionJobState.DETECTING);
        assertThat(jobs.progress(started.id(), started.version(), 5, 25, clock.instant())).isTrue();
        clock.advance(Duration.ofMinutes(9));
        staleJobs.failStale();
        assertThat(stateOf(started)).as("renewed nine minutes ago").isEqualTo(RedactionJobState.DETECTING);
        clock.advance(Duration.ofMinutes(2));
        assertThat(staleJobs.failStale()).isPositive();
        var failed = as("casey", Role.CASEWORKER, () -> reviews.job(started.id()).orElseThrow());
        staleJobs.failStale();
        assertThat(as("casey", Role.CASEWORKER, () -> reviews.job(started.id()).orElseThrow().version()))
                .as("failed once").isEqualTo(failed.version());

        assertThat(failed.state()).isEqualTo(RedactionJobState.FAILED);
        assertThat(failed.failure()).contains("gave no sign of work for 10 minutes", "run it again",
                started.worker());
        assertThat(auditDetails(FootageAudited.REDACTION)).anyMatch(details -> details.contains("lease ran out"));

        releaseTheWorkerAndWaitForItsQueue();
        assertThat(as("casey", Role.CASEWORKER, () -> reviews.job(started.id()).orElseThrow().state()))
                .as("the dead node's work, resumed late, stores nothing").isEqualTo(RedactionJobState.FAILED);
        var again = as("casey", Role.CASEWORKER, () -> reviews.findFaces(request.reference(), original.id()));
        assertThat(awaitState(again.id(), RedactionJobState.REVIEW).tracks()).isNotEmpty();
    }

    @Test
    void aNewerCopyErasesTheOlderOneAndAuditsItsHash() throws Exception {
        var review = facesFound();
        as("casey", Role.CASEWORKER, () -> reviews.render(review.id(), review.version()));
        var first = awaitState(review.id(), RedactionJobState.RENDERED);
        var firstCopy = reader.open(first.renderedId()).orElseThrow().file();

        var replanned = as("casey", Role.CASEWORKER, () -> reviews.addMute(first.id(), first.version(),
                TimeRange.ofMillis(0, 400)));
        assertThat(reader.open(firstCopy.id())).as("kept until a newer copy is stored").isPresent();
        as("casey", Role.CASEWORKER, () -> reviews.render(replanned.id(), replanned.version()));
        var second = await().atMost(PATIENCE).until(() -> as("casey", Role.CASEWORKER,
                () -> reviews.job(review.id()).orElseThrow()), job -> job.state() == RedactionJobState.RENDERED
                && !firstCopy.id().equals(job.renderedId()));

        assertThat(reader.open(firstCopy.id())).isEmpty();
        assertThat(storedFile(firstCopy.id())).doesNotExist();
        assertThat(reader.open(second.renderedId())).isPresent();
        assertThat(as("casey", Role.CASEWORKER, () -> files.ofRequest(request.reference())).stream()
                .filter(file -> file.kind() == FootageKind.RENDERED).map(FootageFile::id))
                .containsExactly(second.renderedId());
        assertThat(jdbc.queryForObject("select reason from footage_file_erasure where footage_file_id = ?",
                String.class, firstCopy.id())).isEqualTo("Superseded disclosure copy");
        assertThat(auditDetails(FootageAudited.COPY_ERASED)).singleElement().satisfies(details -> assertThat(details)
                .contains(firstCopy.id().toString(), firstCopy.sha256(), "superseded by a newer render",
                        second.renderedId().toString()));
    }

    @Test
    void aReleaseWithoutItsCopyIsRefusedInTheDecideStepWhileARefusalIsNot() {
        var inReview = as("casey", Role.CASEWORKER, () -> {
            var d = casework.verifyIdentity(request.reference(), casework.find(request.reference()).orElseThrow()
                    .version(), LondonTime.today(clock));
            d = casework.startSearch(d.reference(), d.version());
            d = casework.preserveRecording(d.reference(), d.version(), request.recordingId());
            return casework.startReview(d.reference(), d.version());
        });

        for (var release : List.of(Decision.DISCLOSED, Decision.PARTIALLY_DISCLOSED)) {
            assertThatThrownBy(() -> as("casey", Role.CASEWORKER, () -> casework.decide(request.reference(),
                    inReview.version(), release, RestrictionGround.RIGHTS_OF_OTHERS)))
                    .isInstanceOf(WorkflowException.class).hasMessageContaining("must name the disclosure copy");
        }
        var unchanged = as("casey", Role.CASEWORKER, () -> casework.find(request.reference()).orElseThrow());
        assertThat(unchanged.state()).isEqualTo(RequestState.IN_REVIEW);
        assertThat(unchanged.version()).isEqualTo(inReview.version());

        var refused = as("casey", Role.CASEWORKER, () -> casework.decide(request.reference(), inReview.version(),
                Decision.REFUSED, RestrictionGround.PREJUDICE_CRIME));
        assertThat(refused.decision().awaitingSignOff()).isTrue();
    }

    private void holdTheWorker() throws InterruptedException {
        var entered = new CountDownLatch(1);
        var held = new CountDownLatch(1);
        gate = held;
        assertThat(executor.submit(() -> {
            entered.countDown();
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })).isTrue();
        assertThat(entered.await(1, TimeUnit.MINUTES)).isTrue();
    }

    /** Lets the held thread go, then waits until everything queued behind it has run. */
    private void releaseTheWorkerAndWaitForItsQueue() throws InterruptedException {
        letTheWorkerGo();
        var drained = new CountDownLatch(1);
        assertThat(executor.submit(drained::countDown)).isTrue();
        assertThat(drained.await(2, TimeUnit.MINUTES)).isTrue();
    }

    private RedactionJob facesFound() {
        var started = as("casey", Role.CASEWORKER, () -> reviews.findFaces(request.reference(), original.id()));
        return awaitState(started.id(), RedactionJobState.REVIEW);
    }

    private RedactionJob awaitState(UUID jobId, RedactionJobState state) {
        return await().atMost(PATIENCE).until(() -> as("casey", Role.CASEWORKER,
                () -> reviews.job(jobId).orElseThrow()), job -> {
                    if (job.state() == RedactionJobState.FAILED && state != RedactionJobState.FAILED) {
                        throw new AssertionError("The job failed: " + job.failure());
                    }
                    return job.state() == state;
                });
    }

    private RedactionJobState stateOf(RedactionJob job) {
        return as("casey", Role.CASEWORKER, () -> reviews.job(job.id()).orElseThrow().state());
    }

    private long jobsOnTheOriginal() {
        return jdbc.queryForObject("select count(*) from redaction_job where original_id = ?", Long.class,
                original.id());
    }

    private long renderedRows() {
        return jdbc.queryForObject("select count(*) from footage_file where request_reference = ? and kind = ?",
                Long.class, request.reference(), "RENDERED");
    }

    private List<String> auditDetails(String action) {
        return audit.list(new AuditFilter(request.reference(), ""), PageRequest.of(0, 100)).getContent().stream()
                .filter(entry -> entry.action().equals(action)).map(entry -> entry.details()).toList();
    }

    private Path storedFile(UUID id) {
        String name = id.toString();
        return storageDir.resolve(name.substring(0, 2)).resolve(name + ".cfe");
    }
}
