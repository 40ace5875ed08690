package org.candour.disclosure.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.domain.RedactionJob;
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
 * fails, the job ends FAILED with the reason, the working files are deleted, and no part of a copy is kept.
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

    RedactionWorker(RedactionJobRecords jobs, FootageFileRecords files, FootageStorage storage, RenderedCopies copies,
                    TimelineFrames timeline, Clock clock) {
        this.timeline = timeline;
        this.jobs = jobs;
        this.files = files;
        this.storage = storage;
        this.copies = copies;
        this.clock = clock;
    }

    private interface Step {
        void run(RedactionJob job, FootageFile original, Path input) throws Exception;
    }

    void findFaces(UUID jobId) {
        run(jobId, RedactionJobState.DETECTING, (job, original, input) -> {
            var found = engine.detect(input, progress(jobId, RedactionJobState.DETECTING));
            timeline.remember(original, input);
            var plan = RedactionPlan.blurEveryFace(found, RedactionPlan.disclosureLine(job.reference(),
                    LondonTime.today(clock)));
            jobs.update(jobs.byId(jobId).orElseThrow().facesFound(found.tracks(), plan, clock.instant()));
        });
    }

    void render(UUID jobId) {
        run(jobId, RedactionJobState.RENDERING, (job, original, input) -> {
            Path output = storage.workFile(jobId + "-copy.mp4");
            try {
                var plan = job.plan();
                if (plan == null) {
                    throw new RedactionFailedException("There is no plan to render");
                }
                var report = engine.render(input, plan, output, progress(jobId, RedactionJobState.RENDERING));
                copies.store(jobId, original, report);
            } finally {
                Files.deleteIfExists(output);
            }
        });
    }

    private void run(UUID jobId, RedactionJobState expected, Step step) {
        var job = jobs.byId(jobId).filter(j -> j.state() == expected).orElse(null);
        if (job == null) {
            return;
        }
        Path input = null;
        try {
            var original = files.byId(job.originalId()).orElseThrow(() -> new RedactionFailedException(
                    "The original clip is no longer stored"));
            input = storage.workFile(jobId + "-original.mp4");
            storage.decryptTo(original.id(), original.sizeBytes(), input);
            step.run(job, original, input);
        } catch (Exception | LinkageError e) {
            LOG.warn("Redaction job {} failed while {}", jobId, expected, e);
            fail(jobId, reason(expected, e));
        } finally {
            deleteQuietly(input);
        }
    }

    private void fail(UUID jobId, String why) {
        try {
            jobs.byId(jobId).filter(job -> job.state().running())
                    .ifPresent(job -> jobs.update(job.failed(why, clock.instant())));
        } catch (RuntimeException e) {
            LOG.error("Could not record the failure of redaction job {}; a restart marks it failed", jobId, e);
        }
    }

    private RedactionProgress progress(UUID jobId, RedactionJobState state) {
        return new RedactionProgress() {
            private long percent = -1;

            @Override
            public void frames(long done, long total) {
                long now = total <= 0 ? 0 : done * 100 / total;
                if (now != percent) {
                    percent = now;
                    jobs.progress(jobId, state, done, total);
                }
            }
        };
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
