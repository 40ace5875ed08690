package org.candour.disclosure.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.domain.RedactionJob;
import org.candour.disclosure.domain.RedactionJobException;
import org.candour.disclosure.domain.RedactionJobState;
import org.candour.disclosure.internal.FootageFileRecords;
import org.candour.disclosure.internal.FootageStorage;
import org.candour.disclosure.internal.RedactionJobRecords;
import org.candour.shared.crypto.TamperedFileException;
import org.candour.disclosure.redaction.RedactionCancelledException;
import org.candour.disclosure.redaction.RedactionEngine;
import org.candour.disclosure.redaction.RedactionFailedException;
import org.candour.disclosure.redaction.RedactionPlan;
import org.candour.disclosure.redaction.RedactionProgress;
import org.candour.shared.LondonTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The work of a redaction job on a worker thread: decrypts the original into a private working file, finds the faces
 * or renders the copy with the {@link RedactionEngine}, writes progress as it goes, and records the outcome. Whatever
 * fails, the job ends FAILED with the reason, the working files are deleted, and no part of a copy is kept. While it
 * runs it renews the job's lease; when the job is cancelled (or another node took its lease as run out) it stops.
 */
@Component
class RedactionWorker {

    private static final Logger LOG = LoggerFactory.getLogger(RedactionWorker.class);

    private final RedactionJobRecords jobs;
    private final FootageFileRecords files;
    private final FootageStorage storage;
    private final RenderedCopies copies;
    private final TimelineFrames timeline;
    private final RedactionEngine engine = new RedactionEngine();
    private final Clock clock;
    private final Duration heartbeat;

    RedactionWorker(RedactionJobRecords jobs, FootageFileRecords files, FootageStorage storage, RenderedCopies copies,
                    TimelineFrames timeline, Clock clock, JobLeaseSettings lease) {
        this.heartbeat = lease.heartbeat();
        this.timeline = timeline;
        this.jobs = jobs;
        this.files = files;
        this.storage = storage;
        this.copies = copies;
        this.clock = clock;
    }

    private interface Step {
        void run(RedactionJob job, FootageFile original, Path input, RedactionProgress lease) throws Exception;
    }

    void findFaces(RedactionJob started) {
        run(started, RedactionJobState.DETECTING, (job, original, input, lease) -> {
            var found = engine.detect(input, lease);
            timeline.remember(original, input);
            var plan = RedactionPlan.blurEveryFace(found, RedactionPlan.disclosureLine(job.reference(),
                    LondonTime.today(clock)));
            jobs.update(asStarted(job).facesFound(found.tracks(), plan, clock.instant()));
        });
    }

    void render(RedactionJob started) {
        run(started, RedactionJobState.RENDERING, (job, original, input, lease) -> {
            Path output = storage.workFile(job.id() + "-copy.mp4");
            try {
                var plan = job.plan();
                if (plan == null) {
                    throw new RedactionFailedException("There is no plan to render");
                }
                var report = engine.render(input, plan, output, lease);
                copies.store(asStarted(job), original, report);
            } finally {
                Files.deleteIfExists(output);
            }
        });
    }

    /**
     * Runs the step if the job is still as it was started (same version): a job cancelled, or failed by another node,
     * before its turn came is left alone. Whatever the step records is recorded against that version, so nothing is
     * stored for a job that changed meanwhile.
     */
    private void run(RedactionJob started, RedactionJobState expected, Step step) {
        var job = jobs.byId(started.id()).filter(j -> j.state() == expected && j.version() == started.version())
                .orElse(null);
        if (job == null) {
            return;
        }
        var lease = new Lease(job);
        if (!lease.renew(0, 0)) {
            return;
        }
        Path input = null;
        try {
            var original = files.byId(job.originalId()).orElseThrow(() -> new RedactionFailedException(
                    "The original clip is no longer stored"));
            input = storage.workFile(job.id() + "-original.mp4");
            storage.decryptTo(original.id(), original.sizeBytes(), input);
            step.run(job, original, input, lease);
        } catch (Exception | LinkageError e) {
            if (lease.lost || e instanceof RedactionJobException) {
                LOG.info("Redaction job {} stopped while {}: it was cancelled or taken over", job.id(), expected);
            } else {
                LOG.warn("Redaction job {} failed while {}", job.id(), expected, e);
                fail(job, reason(expected, e));
            }
        } finally {
            deleteQuietly(input);
        }
    }

    /** The job as stored now (with its progress), if it is still at the version its work started at. */
    private RedactionJob asStarted(RedactionJob started) {
        return jobs.byId(started.id()).filter(job -> job.version() == started.version())
                .orElseThrow(() -> new RedactionJobException("The job was changed while it ran"));
    }

    private void fail(RedactionJob started, String why) {
        try {
            jobs.byId(started.id()).filter(job -> job.state().running() && job.version() == started.version())
                    .ifPresent(job -> jobs.update(job.failed(why, clock.instant())));
        } catch (RuntimeException e) {
            LOG.error("Could not record the failure of redaction job {}; its lease runs out and another node marks "
                    + "it failed", started.id(), e);
        }
    }

    /**
     * The progress of the running work, written at each whole percent and at least every {@code heartbeat}: each
     * write renews the job's lease. A write that finds the job changed (cancelled, or its lease taken as run out)
     * makes the engine stop at the next frame.
     */
    private final class Lease implements RedactionProgress {
        private final RedactionJob job;
        private long percent = -1;
        private Instant renewed = Instant.MIN;
        private volatile boolean lost;

        Lease(RedactionJob job) {
            this.job = job;
        }

        boolean renew(long done, long total) {
            var now = clock.instant();
            renewed = now;
            if (!jobs.progress(job.id(), job.version(), done, total, now)) {
                lost = true;
            }
            return !lost;
        }

        @Override
        public void frames(long done, long total) {
            long now = total <= 0 ? 0 : done * 100 / total;
            if (now != percent || !clock.instant().isBefore(renewed.plus(heartbeat))) {
                percent = now;
                renew(done, total);
            }
        }

        @Override
        public boolean cancelled() {
            return lost;
        }
    }

    static String reason(RedactionJobState during, Throwable e) {
        String what = during == RedactionJobState.DETECTING ? "Finding faces" : "Rendering the disclosure copy";
        if (e instanceof RedactionCancelledException) {
            return what + " stopped because the portal was shutting down. Run it again.";
        }
        if (e instanceof TamperedFileException) {
            return what + " failed: the stored original could not be read (it is damaged or cut short). Upload the "
                    + "clip again.";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String text = what + " failed: " + message + ". Nothing was stored; run it again.";
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete the working file {}", file.getFileName(), e);
            }
        }
    }
}
